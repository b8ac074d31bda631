// Nesting limits, checked before anything recursive sees the input: Neo4j's parser and its Bolt
// layer, the driver's packer and this server's own conversions all recurse once per level, and a
// few thousand levels (a 10 kB body) overflow a stack. Both checks are loops, never recursion.
import { MAX_PARAM_NESTING, MAX_QUERY_NESTING } from '../../contract/index.ts';
import { AppError } from '../http/app-error.ts';
import type { Token } from './cypher-tokens.ts';

const OPENERS = new Set(['(', '[', '{']);
const CLOSERS = new Set([')', ']', '}']);

/** 400 too_deep when brackets of any kind nest deeper than MAX_QUERY_NESTING in the query. */
export function checkQueryNesting(tokens: readonly Token[]): void {
  let depth = 0;
  for (const token of tokens) {
    if (token.kind !== 'punct') continue;
    if (OPENERS.has(token.value)) depth += 1;
    else if (CLOSERS.has(token.value)) depth = Math.max(0, depth - 1);
    if (depth > MAX_QUERY_NESTING) {
      throw new AppError(400, 'too_deep', `body.query: brackets nest deeper than ${MAX_QUERY_NESTING} levels (MAX_QUERY_NESTING)`);
    }
  }
}

/** 400 too_deep when lists and maps in the parameters nest deeper than MAX_PARAM_NESTING. */
export function checkParamNesting(params: Record<string, unknown>): void {
  // Breadth-first over containers, one level at a time.
  let level: unknown[] = [params];
  for (let depth = 0; level.length > 0; depth += 1) {
    if (depth > MAX_PARAM_NESTING) {
      throw new AppError(400, 'too_deep', `body.params: lists and maps nest deeper than ${MAX_PARAM_NESTING} levels (MAX_PARAM_NESTING)`);
    }
    level = level.flatMap((value) => (isContainer(value) ? (Object.values(value) as unknown[]) : [])).filter(isContainer);
  }
}

const isContainer = (value: unknown): value is object => value !== null && typeof value === 'object';

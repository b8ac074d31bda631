// The query's prelude: the `CYPHER …` pre-parser options and `EXPLAIN` / `PROFILE` that may come
// before the statement. Pre-parser options steer Neo4j's planner and runtime, and some of them are
// doors: `debug=…` prints planner internals (megabytes a request) or returns them to the caller,
// `replan=force` and `expressionEngine=compiled` spend CPU on every call, `runtime=parallel` takes
// every core. So only an allow-list passes; anything else is refused naming the option.
import { AppError } from '../http/app-error.ts';
import type { Token } from './cypher-tokens.ts';

/**
 * The pre-parser options a console query may set, with the values allowed for each (lower case).
 * Both choose among ordinary single-threaded ways of running the same query; neither prints,
 * returns or caches anything else.
 */
export const ALLOWED_CYPHER_OPTIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['runtime', new Set(['slotted', 'interpreted', 'pipelined'])],
  ['planner', new Set(['cost', 'idp'])],
]);

const isPunct = (token: Token | undefined, value: string) => token?.kind === 'punct' && token.value === value;
const isWord = (token: Token | undefined, word: string) => token?.kind === 'word' && token.value.toUpperCase() === word;
const isVersion = (token: Token | undefined) => token?.kind === 'word' && /^\d+$/.test(token.value);

/**
 * Index of the first token after the prelude: any run of `CYPHER [version] [key=value …]`,
 * `EXPLAIN` and `PROFILE`. Throws 400 cypher_option for an option off the allow-list.
 */
export function preludeEnd(tokens: Token[]): number {
  let i = 0;
  for (;;) {
    if (isWord(tokens[i], 'EXPLAIN') || isWord(tokens[i], 'PROFILE')) {
      i += 1;
    } else if (isWord(tokens[i], 'CYPHER')) {
      i = optionsEnd(tokens, i + 1);
    } else {
      return i;
    }
  }
}

function optionsEnd(tokens: Token[], from: number): number {
  let i = from;
  for (;;) {
    if (isVersion(tokens[i])) {
      i += 1;
    } else if (tokens[i]?.kind === 'word' && isPunct(tokens[i + 1], '=')) {
      checkOption(tokens[i]!.value, tokens[i + 2]);
      i += 3;
    } else {
      return i;
    }
  }
}

function checkOption(key: string, value: Token | undefined): void {
  const allowed = ALLOWED_CYPHER_OPTIONS.get(key.toLowerCase());
  const list = [...ALLOWED_CYPHER_OPTIONS].map(([name, values]) => `${name}=${[...values].join('|')}`).join(', ');
  if (!allowed) throw new AppError(400, 'cypher_option', `CYPHER option "${key}" is not allowed in the console; allowed: ${list}`);
  if (value?.kind !== 'word' || !allowed.has(value.value.toLowerCase())) {
    const shown = value ? value.value : '';
    throw new AppError(400, 'cypher_option', `CYPHER option "${key}=${shown}" is not allowed in the console; allowed: ${list}`);
  }
}

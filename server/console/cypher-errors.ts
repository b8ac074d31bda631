// Neo4j's errors for console queries, translated into AppErrors by their status code (never by
// message text). Client errors keep Neo4j's message (its first line: the rest echoes the query);
// syntax errors also carry where in the query they are.
import { Neo4jError } from 'neo4j-driver';
import { AppError } from '../http/errors.ts';

export interface CypherPosition {
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** 0-based, in UTF-16 code units as Neo4j counts them. */
  offset: number;
}

/** 400 syntax_error; the position (when known) is part of the error body. */
export class CypherSyntaxError extends AppError {
  constructor(
    message: string,
    readonly position: CypherPosition | null,
  ) {
    super(400, 'syntax_error', message);
  }
}

export const timeoutError = (ms: number): AppError =>
  new AppError(504, 'timeout', `The query did not finish within ${ms} ms and was stopped; narrow it down or add a LIMIT`);

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);
const TIMED_OUT = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);
const WRITE_REFUSED = new Set(['Neo.ClientError.Statement.AccessMode', 'Neo.ClientError.Security.Forbidden']);
const OUT_OF_MEMORY = new Set([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.TransactionMemoryLimit',
  'Neo.TransientError.General.OutOfMemoryError',
]);

/** What the runner knows about the text Neo4j was given when the error came. */
export interface ErrorContext {
  /** The user's statement. */
  statement: string;
  /** Text inserted at `at` in the statement before it was sent (EXPLAIN); none for the run itself. */
  inserted: { at: number; length: number };
  timeoutMs: number;
}

/** An AppError for a driver error; anything unexpected is returned as it is (a logged 500). */
export function consoleError(error: unknown, context: ErrorContext): unknown {
  if (!(error instanceof Neo4jError)) return error;
  const code = error.code;
  const message = firstLine(error.message);
  if (UNAVAILABLE.has(code)) return new AppError(503, 'neo4j_unavailable', 'Neo4j is not reachable', { 'Retry-After': '5' });
  if (TIMED_OUT.has(code)) return timeoutError(context.timeoutMs);
  if (code === 'Neo.ClientError.Statement.SyntaxError') return syntaxError(error, message, context);
  if (code === 'Neo.ClientError.Statement.ParameterMissing') return new AppError(400, 'missing_parameter', message);
  if (WRITE_REFUSED.has(code)) return new AppError(403, 'read_only', `The console is read-only: ${message}`);
  if (OUT_OF_MEMORY.has(code)) return new AppError(422, 'memory_limit', `The query needs more memory than Neo4j allows it: ${message}`);
  if (code.startsWith('Neo.ClientError.')) return new AppError(400, 'cypher_error', message);
  if (code.startsWith('Neo.TransientError.')) return new AppError(503, 'neo4j_unavailable', `Neo4j could not run the query now: ${message}`, { 'Retry-After': '5' });
  return error;
}

const POSITION_IN_MESSAGE = /\s*\(line (\d+), column (\d+) \(offset: (\d+)\)\)/;

function syntaxError(error: Neo4jError, message: string, context: ErrorContext): CypherSyntaxError {
  const reported = error.diagnosticRecord?._position;
  const match = POSITION_IN_MESSAGE.exec(message);
  const offset = reported ? Number(reported.offset) : match ? Number(match[3]) : null;
  const text = message.replace(POSITION_IN_MESSAGE, '');
  if (offset === null || !Number.isFinite(offset)) return new CypherSyntaxError(text, null);
  // Neo4j counts in the text it was sent; take the inserted EXPLAIN back out.
  const { at, length } = context.inserted;
  const original = offset >= at + length ? offset - length : Math.min(offset, at);
  const position = positionAt(context.statement, Math.min(original, context.statement.length));
  return new CypherSyntaxError(`${text} (line ${position.line}, column ${position.column} (offset: ${position.offset}))`, position);
}

/** Line and column of an offset in a text, both 1-based. */
export function positionAt(text: string, offset: number): CypherPosition {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1, offset };
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim();
}

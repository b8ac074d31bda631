// Neo4j's errors, translated into AppErrors in this one place: by their code (the driver's
// ServiceUnavailable / SessionExpired, Neo4j's Neo.<Classification>.<Category>.<Title> status
// codes), never by their message text. The error handler (errors.ts) applies it to any Neo4j
// error a route lets through; the console runner applies it with the user's query, so client
// errors in user Cypher become 400s with Neo4j's message (its first line: the rest echoes the
// query), and syntax errors carry where in the query they are.
import neo4j, { Neo4jError } from 'neo4j-driver';
import { positionAt } from '../console/cypher-tokens.ts';
import { AppError, syntaxError, timeoutError, unavailableError } from './app-error.ts';

/** The user's Cypher a driver error came from (the console, saved queries). */
export interface UserCypher {
  /** The user's statement. */
  statement: string;
  /** Text inserted at `at` in the statement before it was sent (EXPLAIN); none for the run itself. */
  inserted: { at: number; length: number };
  timeoutMs: number;
}

const UNAVAILABLE = new Set<string>([neo4j.error.SERVICE_UNAVAILABLE, neo4j.error.SESSION_EXPIRED]);
// The driver's pool gives up waiting for a connection (a frozen or overwhelmed Neo4j) with an error
// that has no code of its own ('N/A', like its argument errors), so its fixed wording is the only
// mark it has; test/chaos/chaos.test.ts freezes a real Neo4j to keep this true.
const ACQUISITION_TIMED_OUT = /^Connection acquisition timed out in \d+ ms/;
// Likewise a request still in flight when the server closes its driver (shutting down).
const POOL_CLOSED = /^Pool is closed/;
const TIMED_OUT = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);
const OUT_OF_MEMORY = new Set([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.TransactionMemoryLimit',
  'Neo.TransientError.General.OutOfMemoryError',
]);
const SYNTAX = 'Neo.ClientError.Statement.SyntaxError';
const PARAMETER_MISSING = 'Neo.ClientError.Statement.ParameterMissing';
const WRITE_REFUSED = new Set(['Neo.ClientError.Statement.AccessMode', 'Neo.ClientError.Security.Forbidden']);
/**
 * Neo4j 5 reports some plain mistakes in a query's arguments as a DatabaseError:
 * `left('abc', -1)` and `substring('abc', -1)` fail with ExecutionFailed (GQL status 50N00). In
 * user Cypher they are the user's to fix, like ArgumentError or ArithmeticError (ClientErrors,
 * already 400); in the server's own Cypher they stay a bug.
 */
const USER_DATABASE_ERRORS = new Set(['Neo.DatabaseError.Statement.ExecutionFailed']);

/**
 * The AppError for a Neo4j error; null for anything else, and for an error Neo4j reports against
 * the server's own Cypher (cypher/), which is a bug: a logged 500.
 */
export function neo4jAppError(error: unknown, user?: UserCypher): AppError | null {
  if (!(error instanceof Neo4jError)) return null;
  const code = error.code;
  const message = firstLine(error.message);
  if (UNAVAILABLE.has(code) || ACQUISITION_TIMED_OUT.test(message) || POOL_CLOSED.test(message)) return unavailableError();
  if (TIMED_OUT.has(code)) return timeoutError(user?.timeoutMs);
  if (OUT_OF_MEMORY.has(code)) return new AppError(422, 'memory_limit', `The query needs more memory than Neo4j allows it: ${message}`);
  if (code.startsWith('Neo.TransientError.')) return unavailableError(`Neo4j could not run the query now: ${message}`);
  if (!user) return null;
  if (code === SYNTAX) return userSyntaxError(error, message, user);
  if (code === PARAMETER_MISSING) return new AppError(400, 'missing_parameter', message);
  if (WRITE_REFUSED.has(code)) return new AppError(403, 'read_only', `The console is read-only: ${message}`);
  if (code.startsWith('Neo.ClientError.') || USER_DATABASE_ERRORS.has(code)) return new AppError(400, 'cypher_error', message);
  return null;
}

const POSITION_IN_MESSAGE = /\s*\(line (\d+), column (\d+) \(offset: (\d+)\)\)/;

function userSyntaxError(error: Neo4jError, message: string, user: UserCypher): AppError {
  const reported = error.diagnosticRecord?._position;
  const match = POSITION_IN_MESSAGE.exec(message);
  const offset = reported ? Number(reported.offset) : match ? Number(match[3]) : null;
  const text = message.replace(POSITION_IN_MESSAGE, '');
  if (offset === null || !Number.isFinite(offset)) return syntaxError(text, null);
  // Neo4j counts in the text it was sent; take the inserted EXPLAIN back out.
  const { at, length } = user.inserted;
  const original = offset >= at + length ? offset - length : Math.min(offset, at);
  const position = positionAt(user.statement, Math.min(original, user.statement.length));
  return syntaxError(`${text} (line ${position.line}, column ${position.column} (offset: ${position.offset}))`, position);
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim();
}

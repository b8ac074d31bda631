// The one error class: an HTTP status, a stable code and a message for people. The handler
// (errors.ts) turns it into the one JSON shape; anything else thrown becomes a logged 500.
import type { ErrorPosition, ErrorProblem } from '../../contract/index.ts';

export interface AppErrorOptions {
  /** Response headers, e.g. Retry-After. */
  headers?: Record<string, string>;
  /** Where in a Cypher query a syntax error is. */
  position?: ErrorPosition | null;
  /** Every cause of a refusal with several (ingest). */
  problems?: readonly ErrorProblem[];
}

export class AppError extends Error {
  override name = 'AppError';
  readonly headers: Record<string, string>;
  readonly position: ErrorPosition | null;
  readonly problems: readonly ErrorProblem[];

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    { headers = {}, position = null, problems = [] }: AppErrorOptions = {},
  ) {
    super(message);
    this.headers = headers;
    this.position = position;
    this.problems = problems;
  }
}

export const notFound = (what: string): AppError => new AppError(404, 'not_found', `${what} not found`);

/** 400 syntax_error, with where in the query it is when known. */
export const syntaxError = (message: string, position: ErrorPosition | null): AppError =>
  new AppError(400, 'syntax_error', message, { position });

/** 504 timeout; `ms` is the limit, when the query ran under a known one. */
export const timeoutError = (ms?: number): AppError =>
  new AppError(
    504,
    'timeout',
    `The query did not finish ${ms === undefined ? 'in time' : `within ${ms} ms`} and was stopped; narrow it down or add a LIMIT`,
  );

/** 503 neo4j_unavailable: try again later. */
export const unavailableError = (message = 'Neo4j is not reachable'): AppError =>
  new AppError(503, 'neo4j_unavailable', message, { headers: { 'Retry-After': '5' } });

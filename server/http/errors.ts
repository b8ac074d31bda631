// The one error handler: every error a request meets becomes the one JSON shape,
// { "error": { "code", "message" } } (a syntax error adds its `position`, a refused ingest its `problems`), with its status.
// Clients never see a stack trace or a file path; anything unexpected is logged and is a 500.
//
//   AppError (app-error.ts)           its status and code (400 bad_request for bad input, 404, …)
//   URIError (bad %-encoding in path)  400 bad_request
//   body parser                        400 bad_json, 413 payload_too_large, else 400 bad_request
//   Neo4j error (neo4j-errors.ts)      503 neo4j_unavailable, 504 timeout, 422 memory_limit
//   ingest refusal (ingest-errors.ts)  400 bad input, 409 already in / changed, 413, 422 with `problems`
//   anything else                      500 internal (logged)
// Past a request's deadline (deadline.ts), 504 timeout has been sent and nothing more is.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { z } from 'zod';
import type { ErrorBody } from '../../contract/index.ts';
import { AppError } from './app-error.ts';
import { ingestAppError } from './ingest-errors.ts';
import { neo4jAppError } from './neo4j-errors.ts';

/** Parses request input through a zod schema (contract/); a failure is a 400 naming the field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, where: string): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.length > 0 ? `${where}.${issue.path.join('.')}` : where;
  throw new AppError(400, 'bad_request', `${field}: ${issue.message}`);
}

export const unknownApiRoute: RequestHandler = (req, _res, next) => {
  next(new AppError(404, 'not_found', `No API route ${req.method} ${req.path}`));
};

/** Express body-parser errors carry a `type` and a `status`. */
interface BodyParserError {
  type: string;
  status: number;
}
function isBodyParserError(error: unknown): error is BodyParserError {
  return typeof error === 'object' && error !== null && 'type' in error && 'status' in error;
}

export function errorHandler(log: (line: string) => void): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    // The deadline (deadline.ts) has answered already: what the route met since is dropped.
    if (res.headersSent) return;
    const appError = toAppError(error);
    // Expected failures (a timeout, Neo4j down) are answered, not logged; anything else is a bug.
    if (appError.code === 'internal') log(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    res.status(appError.status).set(appError.headers).json(errorBody(appError));
  };
}

export function errorBody({ code, message, position, problems }: AppError): ErrorBody {
  return { error: { code, message, ...(position && { position }), ...(problems.length > 0 && { problems: [...problems] }) } };
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  // The router decodes path parameters with decodeURIComponent, which throws a URIError.
  if (error instanceof URIError) return new AppError(400, 'bad_request', 'path: not a valid percent-encoded URL');
  if (isBodyParserError(error)) {
    if (error.type === 'entity.too.large') return new AppError(413, 'payload_too_large', 'Request body is too large');
    if (error.type === 'entity.parse.failed') return new AppError(400, 'bad_json', 'Request body is not valid JSON');
    return new AppError(error.status, 'bad_request', 'Request body could not be read');
  }
  return neo4jAppError(error) ?? ingestAppError(error) ?? new AppError(500, 'internal', 'Internal error');
}

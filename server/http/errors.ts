// The one error handler: every error a request meets becomes the one JSON shape,
// { "error": { "code", "message" } } (a syntax error adds its `position`, a refused ingest its `problems`), with its status.
// Clients never see a stack trace or a file path; anything unexpected is logged and is a 500.
//
//   AppError (app-error.ts)           its status and code (400 bad_request for bad input, 404, …)
//   URIError (bad %-encoding in path)  400 bad_request
//   body parser                        400 bad_json, 413 payload_too_large, else its 4xx bad_request (a bad gzip body too)
//   Neo4j error (neo4j-errors.ts)      503 neo4j_unavailable, 504 timeout, 422 memory_limit
//   ingest refusal (ingest-errors.ts)  400 bad input, 409 already in / changed, 413, 422 with `problems`
//   anything else                      500 internal (logged)
// Requests Node's HTTP parser refuses before Express sees them are answered by answerClientError.
// Past a request's deadline (deadline.ts), 504 timeout has been sent and nothing more is.
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
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

/**
 * Express body-parser errors carry a `status` and, when body-parser made them, a `type`; an error
 * of the decompression stream (a body that is not the gzip, deflate or br its Content-Encoding
 * says) comes through with a 400 status and no `type`.
 */
interface BodyParserError {
  type?: unknown;
  status: number;
}
function isBodyParserError(error: unknown): error is BodyParserError {
  if (typeof error !== 'object' || error === null || !('status' in error) || typeof error.status !== 'number') return false;
  return 'type' in error || (error.status >= 400 && error.status < 500 && 'expose' in error && error.expose === true);
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
    if (error.type === undefined) return new AppError(400, 'bad_request', 'Request body could not be decoded as its Content-Encoding says');
    return new AppError(error.status, 'bad_request', 'Request body could not be read');
  }
  return neo4jAppError(error) ?? ingestAppError(error) ?? new AppError(500, 'internal', 'Internal error');
}

/**
 * The server's `clientError` listener. Node's HTTP parser refuses some requests before Express
 * sees them (a raw non-ASCII byte in the URL, headers over 16 KB, a malformed request line) and by
 * default answers with an empty body; these answers get the one shape too, then the connection is
 * closed, since what follows on it cannot be trusted to be a request.
 */
export function answerClientError(error: Error & { code?: string; rawPacket?: Buffer }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const appError =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? new AppError(431, 'headers_too_large', 'Request line and headers are too large')
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? new AppError(408, 'request_timeout', 'The request took too long to arrive')
        : new AppError(400, 'bad_request', 'Request is not valid HTTP');
  // An answer to HEAD has no body, or the client reads the body as the next answer.
  const body = error.rawPacket?.subarray(0, 5).toString('latin1') === 'HEAD ' ? '' : JSON.stringify(errorBody(appError));
  socket.end(
    `HTTP/1.1 ${appError.status} ${STATUS_CODES[appError.status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

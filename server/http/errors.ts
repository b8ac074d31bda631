// One error class, one middleware, one JSON shape: { "error": { "code", "message" } }.
// Clients never see a stack trace or a file path.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { z } from 'zod';

export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const notFound = (what: string): AppError => new AppError(404, 'not_found', `${what} not found`);

/** Parses request input through a zod schema; a failure is a 400 naming the field. */
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
    const appError = toAppError(error);
    // Expected failures (a timeout, Neo4j down) are answered, not logged; anything else is a bug.
    if (appError.code === 'internal') log(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    res.status(appError.status).set(appError.headers).json({ error: { code: appError.code, message: appError.message } });
  };
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (isBodyParserError(error)) {
    if (error.type === 'entity.too.large') return new AppError(413, 'payload_too_large', 'Request body is too large');
    if (error.type === 'entity.parse.failed') return new AppError(400, 'bad_json', 'Request body is not valid JSON');
    return new AppError(error.status, 'bad_request', 'Request body could not be read');
  }
  return new AppError(500, 'internal', 'Internal error');
}

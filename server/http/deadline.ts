// Every API request has a deadline: past it, the client gets 504 `timeout` in the one error
// shape, whatever the route is still waiting for (a frozen Neo4j never answers, and the driver has
// no read timeout). Work still running is left to finish or fail; its late answer is dropped by
// the error handler, which never writes after a response has started.
import type { Request, RequestHandler } from 'express';
import type { ApiLimits } from '../config.ts';
import { errorBody } from './errors.ts';
import { AppError } from './app-error.ts';

/** Past the console's own timeout, its runner stops the query itself; this is the backstop. */
const CONSOLE_GRACE_MS = 1000;

export type DeadlineLimits = Pick<ApiLimits, 'REQUEST_TIMEOUT_MS' | 'INGEST_TIMEOUT_MS' | 'CYPHER_TIMEOUT_MS'>;

/** ms for one request: the console's is its query timeout, ingest loads so it is longer; null: not the API. */
export function deadlineFor({ path }: Request, limits: DeadlineLimits): number | null {
  if (!path.startsWith('/api/')) return null;
  if (path === '/api/cypher' || /^\/api\/queries\/[^/]+\/run$/.test(path)) return limits.CYPHER_TIMEOUT_MS + CONSOLE_GRACE_MS;
  if (path.startsWith('/api/ingest')) return limits.INGEST_TIMEOUT_MS;
  return limits.REQUEST_TIMEOUT_MS;
}

export function deadline(limits: DeadlineLimits): RequestHandler {
  return (req, res, next) => {
    const ms = deadlineFor(req, limits);
    if (ms === null) return next();
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      const error = new AppError(504, 'timeout', `No answer within ${ms} ms; try again, or narrow the request down`);
      res.status(error.status).json(errorBody(error));
    }, ms);
    res.once('close', () => clearTimeout(timer));
    res.once('finish', () => clearTimeout(timer));
    next();
  };
}

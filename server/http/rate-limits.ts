// Rate limits per client address (express-rate-limit) on what costs the most: the Cypher console
// (POST /api/cypher, saved query runs), the write routes (/api/ingest/*) and sign-in attempts.
// Beyond a limit: 429 rate_limited in the one error shape, with Retry-After in seconds.
import { rateLimit } from 'express-rate-limit';
import type { RequestHandler } from 'express';
import { AppError } from './app-error.ts';

export interface RateLimits {
  /** Console queries per client per minute (CONSOLE_RATE_PER_MIN). */
  consolePerMinute: number;
  /** Writes (and sign-in attempts) per client per minute (WRITE_RATE_PER_MIN). */
  writesPerMinute: number;
}

const WINDOW_MS = 60_000;

/** At most `perMinute` requests a minute from one client address; GETs are not counted. */
export function perMinute(perMinute: number, what: string): RequestHandler {
  return rateLimit({
    windowMs: WINDOW_MS,
    limit: perMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    skip: (req) => req.method === 'GET' || req.method === 'HEAD',
    handler: (req, _res, next) => {
      const resetTime = (req as { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      const seconds = Math.max(1, Math.ceil(((resetTime?.getTime() ?? Date.now() + WINDOW_MS) - Date.now()) / 1000));
      next(
        new AppError(429, 'rate_limited', `Too many ${what} from this address: at most ${perMinute} a minute; try again in ${seconds} s`, {
          headers: { 'Retry-After': String(seconds) },
        }),
      );
    },
  });
}

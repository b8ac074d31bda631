// Who may write to data/ (the ingest routes). On a loopback address it works out of the box, but
// only for the explorer's own pages: a request from another site's page (its Origin) or through
// a name that is not this machine's (DNS rebinding: the Host) is refused. On any other address,
// only with ENTENTE_TOKEN, sent as `Authorization: Bearer <token>`; with no token configured,
// writes are refused there.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import { AppError } from './app-error.ts';

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

export function isLoopback(host: string): boolean {
  return LOOPBACK_NAMES.has(host) || /^127(\.\d{1,3}){3}$/.test(host);
}

export interface WriteAccessOptions {
  /** The address the server listens on (HOST). */
  host: string;
  /** ENTENTE_TOKEN, when set. */
  token?: string;
}

/** Why writes are refused to everyone, or null when they can be allowed. */
export function writesDisabledReason({ host, token }: WriteAccessOptions): string | null {
  return isLoopback(host) || token !== undefined
    ? null
    : `the explorer listens on ${host}, not on loopback: set ENTENTE_TOKEN to allow adding articles`;
}

export function writeAccess(options: WriteAccessOptions): RequestHandler {
  const disabled = writesDisabledReason(options);
  return (req, _res, next) => {
    if (disabled !== null) throw new AppError(403, 'writes_disabled', `Writing is turned off: ${disabled}`);
    if (options.token !== undefined && !sameSecret(bearerOf(req), options.token)) {
      throw new AppError(401, 'unauthorized', 'This needs the access token (Authorization: Bearer …)');
    }
    if (options.token === undefined && !isLoopback(req.hostname)) {
      throw new AppError(403, 'forbidden_host', `Writes are taken only through a loopback name, not ${req.hostname}`);
    }
    const origin = req.get('origin');
    if (origin !== undefined && origin !== `${req.protocol}://${req.get('host')}`) {
      throw new AppError(403, 'forbidden_origin', 'Writes are taken only from the explorer’s own pages');
    }
    if (!req.is('application/json')) throw new AppError(415, 'unsupported_media_type', 'Send the body as application/json');
    next();
  };
}

function bearerOf(req: Request): string {
  const header = req.get('authorization') ?? '';
  return header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
}

/** Compared in constant time, whatever the lengths. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

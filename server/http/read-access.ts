// Who may read: the one place that decides, per request, whether the API and the explorer's pages
// answer (write-access.ts adds what writing needs on top). Three modes, from the configuration:
//   loopback  HOST is a loopback address and no token is set: anyone on this machine, through a
//             loopback name only (a page reached through another name is DNS rebinding).
//   token     ENTENTE_TOKEN is set: every API call carries it (Authorization: Bearer) or a signed-in
//             browser's session cookie (session.ts); pages send a browser without one to /sign-in.
//   public    PUBLIC_READ_ONLY is set: anyone may read, and every write route is off.
// Any other address with neither is refused at start-up, naming ENTENTE_TOKEN.
import type { Request, RequestHandler } from 'express';
import { AppError } from './app-error.ts';
import { bearerOf, sameSecret, sessionNonce } from './session.ts';

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

export function isLoopback(host: string): boolean {
  return LOOPBACK_NAMES.has(host) || /^127(\.\d{1,3}){3}$/.test(host);
}

export interface AccessOptions {
  /** The address the server listens on (HOST). */
  host: string;
  /** ENTENTE_TOKEN, when set. */
  token?: string;
  /** PUBLIC_READ_ONLY: reads open to anyone who can reach HOST, writes off. */
  publicReadOnly?: boolean;
}

export type AccessMode = 'loopback' | 'token' | 'public';

export class AccessConfigError extends Error {
  override name = 'AccessConfigError';
}

/** The mode the configuration asks for; throws, naming ENTENTE_TOKEN, when it asks for none. */
export function accessMode({ host, token, publicReadOnly = false }: AccessOptions): AccessMode {
  if (publicReadOnly) return 'public';
  if (token !== undefined) return 'token';
  if (isLoopback(host)) return 'loopback';
  throw new AccessConfigError(
    `HOST=${host} is not a loopback address: set ENTENTE_TOKEN to an access token (e.g. \`openssl rand -hex 32\`) ` +
      'so that only people who have it can use the explorer, or PUBLIC_READ_ONLY=1 to open it read-only to everyone who can reach it',
  );
}

/** How this request proves it may act, when it does: null when it does not. */
export function credentialOf(req: Request, token: string): { via: 'bearer' } | { via: 'session'; nonce: string } | null {
  if (sameSecret(bearerOf(req), token)) return { via: 'bearer' };
  const nonce = sessionNonce(req, token);
  return nonce === null ? null : { via: 'session', nonce };
}

/** Liveness stays open: an orchestrator probing it has no token. */
const OPEN_API_PATHS = new Set(['/health']);

/** For everything under /api. */
export function readAccess(options: AccessOptions): RequestHandler {
  const mode = accessMode(options);
  return (req, _res, next) => {
    if (mode === 'loopback' && !isLoopback(req.hostname)) {
      throw new AppError(403, 'forbidden_host', `The explorer answers only through a loopback name, not ${req.hostname}`);
    }
    if (mode === 'token' && !OPEN_API_PATHS.has(req.path) && credentialOf(req, options.token!) === null) {
      throw new AppError(401, 'unauthorized', 'This needs the access token (Authorization: Bearer …), or sign in at /sign-in', {
        headers: { 'WWW-Authenticate': 'Bearer realm="entente"' },
      });
    }
    next();
  };
}

/** For the explorer's pages: without a session, a browser is sent to sign in (assets stay open: they hold no data). */
export function pageAccess(options: AccessOptions): RequestHandler {
  const mode = accessMode(options);
  return (req, res, next) => {
    if (mode !== 'token' || req.path.startsWith('/assets/') || credentialOf(req, options.token!) !== null) return next();
    res.redirect(303, '/sign-in');
  };
}

// Who may write to data/ (the ingest routes), on top of who may read (read-access.ts), by mode:
//   loopback  the explorer's own pages only: a request from another site's page (its Origin) or
//             through a name that is not this machine's (DNS rebinding: the Host) is refused.
//   token     a bearer token, or a signed-in browser whose X-CSRF-Token header matches its session
//             (session.ts): another site's page can make the browser send the cookie, never the header.
//   public    (PUBLIC_READ_ONLY) nobody: every write route answers 403 writes_disabled.
// In every mode, writes come as JSON (a cross-site form cannot send it without a preflight).
import type { Request, RequestHandler } from 'express';
import { AppError } from './app-error.ts';
import { accessMode, credentialOf, isLoopback, type AccessOptions } from './read-access.ts';
import { csrfMatches } from './session.ts';

export { isLoopback };
export type WriteAccessOptions = AccessOptions;

/** Why writes are refused to everyone, or null when they can be allowed. */
export function writesDisabledReason(options: WriteAccessOptions): string | null {
  return accessMode(options) === 'public' ? 'the explorer is open read-only to everyone here (PUBLIC_READ_ONLY)' : null;
}

export function writeAccess(options: WriteAccessOptions): RequestHandler {
  const mode = accessMode(options);
  const disabled = writesDisabledReason(options);
  return (req, _res, next) => {
    if (disabled !== null) throw new AppError(403, 'writes_disabled', `Writing is turned off: ${disabled}`);
    if (mode === 'token') requireTokenOrCsrf(req, options.token!);
    if (mode === 'loopback' && !isLoopback(req.hostname)) {
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

function requireTokenOrCsrf(req: Request, token: string): void {
  const credential = credentialOf(req, token);
  if (credential === null) throw new AppError(401, 'unauthorized', 'This needs the access token (Authorization: Bearer …)');
  if (credential.via === 'session' && !csrfMatches(req, token, credential.nonce)) {
    throw new AppError(403, 'csrf', 'This write needs the X-CSRF-Token header of the signed-in page');
  }
}

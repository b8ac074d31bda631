// The browser's sign-in, when the explorer is exposed beyond loopback (see read-access.ts): a
// session cookie (HttpOnly, SameSite=Strict) and a CSRF token the page can read and echo in the
// X-CSRF-Token header on writes. Neither is the access token: both are HMACs keyed by it over a
// random nonce and the time of sign-in, so they need no server-side store, expire, and all stop
// working when ENTENTE_TOKEN changes.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import { cookieValue, CSRF_COOKIE, CSRF_HEADER } from '../../contract/index.ts';

export const SESSION_COOKIE = 'entente_session';
/** How long a sign-in lasts. */
export const SESSION_MAX_AGE_MS = 7 * 24 * 3600 * 1000;

/** Compared in constant time, whatever the lengths (hashing first makes them equal). */
export function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

const mac = (token: string, purpose: string, nonce: string) =>
  createHmac('sha256', token).update(`${purpose}:${nonce}`).digest('base64url');

/** Sets the session and CSRF cookies for a browser that has just given the right token. */
export function startSession(res: Response, token: string, secure: boolean): void {
  const nonce = `${Date.now().toString(36)}.${randomBytes(18).toString('base64url')}`;
  const common = { sameSite: 'strict', secure, path: '/', maxAge: SESSION_MAX_AGE_MS } as const;
  res.cookie(SESSION_COOKIE, `${nonce}.${mac(token, 'session', nonce)}`, { ...common, httpOnly: true });
  // Readable by the page on purpose: the client copies it into X-CSRF-Token (double submit).
  res.cookie(CSRF_COOKIE, mac(token, 'csrf', nonce), common);
}

export function endSession(res: Response): void {
  res.clearCookie(SESSION_COOKIE, { path: '/' });
  res.clearCookie(CSRF_COOKIE, { path: '/' });
}

/** The nonce of a valid, unexpired session cookie; null when there is none. */
export function sessionNonce(req: Request, token: string): string | null {
  const value = cookieValue(req.get('cookie') ?? '', SESSION_COOKIE);
  const cut = value.lastIndexOf('.');
  if (cut <= 0) return null;
  const nonce = value.slice(0, cut);
  if (!sameSecret(value.slice(cut + 1), mac(token, 'session', nonce))) return null;
  const issued = parseInt(nonce.split('.')[0]!, 36);
  return Number.isFinite(issued) && Date.now() - issued < SESSION_MAX_AGE_MS ? nonce : null;
}

/** Whether the request's X-CSRF-Token belongs to its session. */
export function csrfMatches(req: Request, token: string, nonce: string): boolean {
  return sameSecret(req.get(CSRF_HEADER) ?? '', mac(token, 'csrf', nonce));
}

/** The bearer token of the Authorization header; '' when there is none. */
export function bearerOf(req: Request): string {
  const header = req.get('authorization') ?? '';
  return header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
}

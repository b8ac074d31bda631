// The browser's sign-in when the server requires ENTENTE_TOKEN (server/http/session.ts): the page
// reads the CSRF cookie and sends it back in the CSRF header on every POST (double submit).
export const CSRF_COOKIE = 'entente_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

/** One cookie's value in a Cookie header or `document.cookie` string; '' when absent. */
export function cookieValue(cookies: string, name: string): string {
  for (const part of cookies.split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return '';
}

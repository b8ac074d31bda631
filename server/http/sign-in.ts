// The browser's one sign-in when the explorer is exposed with ENTENTE_TOKEN (read-access.ts):
//   GET  /sign-in   a form asking for the access token (no script: the CSP allows none inline)
//   POST /sign-in   the right token sets the session and CSRF cookies (session.ts) and goes to /;
//                   a wrong one shows the form again with 401
//   POST /sign-out  clears both cookies
// In the other modes there is nothing to sign in to, and /sign-in leads to the explorer.
import express, { Router, type Request, type RequestHandler } from 'express';
import { accessMode, type AccessOptions } from './read-access.ts';
import { endSession, sameSecret, startSession } from './session.ts';

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:26rem;margin:12vh auto;padding:0 1rem;color:#1d2430}
h1{font-size:1.4rem}label{display:block;margin:1rem 0 .3rem}input{width:100%;padding:.5rem;font:inherit;box-sizing:border-box}
button{margin-top:1rem;padding:.5rem 1.2rem;font:inherit}.wrong{color:#a4262c}`;

/** The whole page is constant text: nothing the request carries is ever written into it. */
function page(wrong: boolean): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in · entente</title><link rel="stylesheet" href="/sign-in.css"></head>
<body><main><h1>entente</h1><p>This explorer is shared on a network. Sign in with its access token (ENTENTE_TOKEN).</p>
${wrong ? '<p class="wrong" role="alert">That is not the access token.</p>' : ''}
<form method="post" action="/sign-in"><label for="token">Access token</label>
<input id="token" name="token" type="password" autocomplete="current-password" required autofocus>
<button type="submit">Sign in</button></form></main></body></html>`;
}

export function signInRoutes(options: AccessOptions, limitAttempts: RequestHandler): Router {
  const router = Router();
  const mode = accessMode(options);
  router.get('/sign-in.css', (_req, res) => void res.type('text/css').send(STYLE));
  router.get('/sign-in', (_req, res) => (mode === 'token' ? void res.type('html').send(page(false)) : res.redirect(303, '/')));
  router.post('/sign-in', limitAttempts, express.urlencoded({ extended: false, limit: '4kb' }), (req, res) => {
    const body = req.body as { token?: unknown } | undefined;
    const given = typeof body?.token === 'string' ? body.token : '';
    if (mode !== 'token') return res.redirect(303, '/');
    if (!sameOrigin(req) || !sameSecret(given, options.token!)) return void res.status(401).type('html').send(page(true));
    startSession(res, options.token!, req.secure);
    res.redirect(303, '/');
  });
  router.post('/sign-out', (_req, res) => {
    endSession(res);
    res.redirect(303, '/sign-in');
  });
  return router;
}

/** A sign-in posted from another site's page (login CSRF) is refused like a wrong token. */
function sameOrigin(req: Request): boolean {
  const origin = req.get('origin');
  return origin === undefined || origin === `${req.protocol}://${req.get('host')}`;
}

// "Sign out", shown only to a browser signed in to an exposed explorer (ENTENTE_TOKEN): the CSRF
// cookie is the one sign of a session a page can read (the session cookie is HttpOnly). A plain
// form post: the server ends the session and sends the browser back to the sign-in form.
import { cookieValue, CSRF_COOKIE } from '../../contract/index.ts';
import { h } from './dom.ts';

export function createSignOut(): HTMLFormElement | null {
  if (cookieValue(document.cookie, CSRF_COOKIE) === '') return null;
  return h(
    'form',
    { class: 'sign-out', attrs: { method: 'post', action: '/sign-out' } },
    h(
      'button',
      { class: 'button button-quiet', attrs: { type: 'submit', id: 'sign-out', title: 'End this browser’s session' } },
      'Sign out',
    ),
  );
}

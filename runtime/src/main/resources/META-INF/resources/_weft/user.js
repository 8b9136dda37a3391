// The logged-in user in the page's header: their initial, their name and a "Log out" button. The page
// carries the user as JSON in <script id="weft-user"> (null when nobody is logged in); everything
// from it is set as text, never as HTML. "Log out" is a plain form POST to the logout path the server
// named (Weft's /_weft/logout, or Quarkus OIDC's logout path), so it works even while the WebSocket is
// down; a user logged in with HTTP Basic gets no button (the server sends no path): the browser keeps
// those credentials until it is closed.

import { el } from './dom.js';

/** Set once this tab's user pressed Log out: the tab is leaving, its lost socket needs no check. */
export const loggingOut = { now: false };

/** The user the page was served to: { name, logout }, or null. */
export const user = readUser();

function readUser() {
  try {
    const value = JSON.parse(document.getElementById('weft-user')?.textContent ?? 'null');
    return value && typeof value.name === 'string' ? value : null;
  } catch {
    return null;
  }
}

/** The header's user control (div.weft-user), or null when nobody is logged in. */
export function userControl() {
  if (!user) return null;
  const name = user.name;
  const initial = (Array.from(name.trim())[0] ?? '?').toUpperCase();
  const box = el('div', { class: 'weft-user' },
    el('span', { class: 'weft-user-avatar', 'aria-hidden': 'true' }, initial),
    el('span', { class: 'weft-user-name', title: `Logged in as ${name}` },
      el('span', { class: 'weft-sr-only' }, 'Logged in as '), name));
  if (typeof user.logout === 'string' && user.logout.startsWith('/')) {
    const form = el('form', { class: 'weft-logout', method: 'post', action: user.logout },
      el('button', { type: 'submit', class: 'weft-logout-button' }, 'Log out'));
    form.addEventListener('submit', () => { loggingOut.now = true; });
    box.append(form);
  }
  return box;
}

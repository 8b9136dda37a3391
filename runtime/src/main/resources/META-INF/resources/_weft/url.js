// The page's URL: the server says what its query string is (`url` messages) and whether that is a
// new step in the browser's history (a user's change of a widget bound to a query parameter:
// pushState) or the same step (code writing a parameter, a correction: replaceState). Going back or
// forward tells the server the URL the browser now shows, and the fragments that depend on it rerun.

import { state } from './state.js';
import { send } from './transport.js';
import { currentTheme, onThemeChange } from './theme.js';

/** Steps pushed sooner than this after the previous one replace it: one drag of a slider is one step. */
const MERGE_MS = 1000;
let lastPush = -Infinity;

/** The query string the browser shows, without its `?`. */
export function currentQuery() {
  return location.search.startsWith('?') ? location.search.slice(1) : location.search;
}

/** What the hello reports of the page: its query string and theme. */
export function pageHello() {
  return { query: currentQuery(), theme: currentTheme() };
}

/** A `url` message: show this query string, as a new history entry or in place of the current one. */
export function onUrl(msg) {
  if (typeof msg.query !== 'string') return;
  if (msg.query === currentQuery()) return;
  const url = `${location.pathname}${msg.query ? `?${msg.query}` : ''}${location.hash}`;
  const now = performance.now();
  if (msg.push === true && now - lastPush > MERGE_MS) {
    history.pushState(null, '', url);
    state.urlPushes++;
  } else {
    history.replaceState(null, '', url);
  }
  if (msg.push === true) lastPush = now;
}

addEventListener('popstate', () => {
  lastPush = -Infinity;
  send({ type: 'url', query: currentQuery() });
});

onThemeChange((theme) => send({ type: 'theme', theme }));

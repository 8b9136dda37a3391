// The WebSocket: hello/welcome, reconnect with backoff, keep-alive, message dispatch and the dev-mode
// ping. Protocol: docs/protocol.md.

import { clearBanners, setConnection, setTitle, showBanner, showDevProblem } from './frame.js';
import { librariesReady } from './libs.js';
import { messageHandler } from './registry.js';
import { findWidget, onSlot, onStatus, reconcileSlots } from './slots.js';
import { APP, DEV, PAGE_SESSION, PROTOCOL_VERSION, state } from './state.js';
import { send, setSocket } from './transport.js';
import { onUrl, pageHello } from './url.js';
import { loggingOut, user } from './user.js';
import { onWidgetError, WIDGET_ERROR_CODES } from './widgets/core.js';

const BACKOFF_START_MS = 250;
const BACKOFF_MAX_MS = 5000;
const KEEPALIVE_MS = 30_000;
const DEV_PING_MS = 1000;
/** How long a tab the server refused (it was full) waits before it asks again, give or take a quarter. */
const REFUSED_RETRY_MS = 60_000;
const SESSION_KEY = `weft.session:${APP}`;

let pageSessionOffered = false;
let attempt = 0;
let reconnectTimer = null;
let keepaliveTimer = null;
let refused = false;
let devProblem = false;

/** Connects, and keeps reconnecting for as long as the page is open. */
export function start() {
  setConnection('connecting');
  if (DEV) startDevPing();
  connect();
}

function storedSession() {
  try { return sessionStorage.getItem(SESSION_KEY); } catch { return null; }
}

function storeSession(id) {
  try { sessionStorage.setItem(SESSION_KEY, id); } catch { /* private mode: the session just won't survive a reload */ }
}

/** The locale and time zone this browser formats in: the server writes tables' numbers and dates in them. */
function userLocale() {
  try {
    const { locale, timeZone } = Intl.DateTimeFormat().resolvedOptions();
    return { locale, zone: timeZone };
  } catch {
    return {};
  }
}

function connect() {
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/_weft/ws`;
  const socket = new WebSocket(url);
  setSocket(socket);
  socket.addEventListener('open', () => {
    // The server started a session while it served this page; claim it unless there is one to
    // resume (a reconnect, or a reload of this tab). It can be claimed once, by the first hello.
    // A duplicated tab asks for its original's session (browsers copy sessionStorage): the server
    // refuses, since the original holds it, and gives this tab the page's session or a new one.
    const prestarted = PAGE_SESSION && !pageSessionOffered ? PAGE_SESSION : null;
    // The page's first hello reports its URL (a deep link, or a reload of an edited one): the session
    // takes it. A reconnect reports none, and is told the session's URL, which may have moved on.
    const page = pageSessionOffered ? { theme: pageHello().theme } : pageHello();
    pageSessionOffered = true;
    send({ type: 'hello', app: APP, session: state.session ?? storedSession(), prestarted, ...userLocale(), ...page });
    clearInterval(keepaliveTimer);
    keepaliveTimer = setInterval(() => send({ type: 'ping' }), KEEPALIVE_MS);
  });
  socket.addEventListener('message', (event) => {
    let msg;
    try { msg = JSON.parse(event.data); } catch { return console.warn('[weft] not JSON:', event.data); }
    // Chained on one promise, so messages are still handled in the order they arrived.
    librariesReady.then(() => handle(msg));
  });
  socket.addEventListener('close', () => {
    clearInterval(keepaliveTimer);
    setSocket(null);
    scheduleReconnect();
  });
  // 'error' is always followed by 'close', which does the work.
}

function scheduleReconnect() {
  setConnection('reconnecting');
  if (user && !loggingOut.now) checkStillLoggedIn();
  const base = Math.min(BACKOFF_MAX_MS, BACKOFF_START_MS * 2 ** attempt);
  attempt++;
  // Jitter spreads out the tabs that all lost the same server at once.
  let delay = base / 2 + Math.random() * (base / 2);
  if (refused) {
    // A full server is asked again in about a minute (its page says Retry-After: 60), not hammered.
    refused = false;
    delay = REFUSED_RETRY_MS * (0.75 + Math.random() / 2);
  }
  clearTimeout(reconnectTimer);
  reconnectTimer = setTimeout(connect, delay);
}

/**
 * A logged-in user's tab lost its socket: maybe because the user logged out (in this tab's browser, or
 * the login expired), and then no reconnect will ever be let in. Ask whether the page still opens (a
 * HEAD, which starts no session): if it now redirects to a login or is refused, reload, which shows the
 * login page. A server that cannot be reached keeps the tab reconnecting as before.
 */
function checkStillLoggedIn() {
  fetch(location.href, { method: 'HEAD', redirect: 'manual', cache: 'no-store', credentials: 'same-origin' })
    .then((response) => {
      if (response.type === 'opaqueredirect' || response.status === 401 || response.status === 403) location.reload();
    })
    .catch(() => { /* the server is away: keep trying to reconnect */ });
}

function handle(msg) {
  if (msg?.v !== PROTOCOL_VERSION) console.warn('[weft] unexpected protocol version', msg?.v);
  switch (msg?.type) {
    case 'welcome': return onWelcome(msg);
    case 'status': return onStatus(msg);
    case 'slot': return onSlot(msg);
    case 'error': return onError(msg);
    case 'pong': return;
    case 'url': return onUrl(msg);
    case 'dev_problem': return onDevProblem(msg.message);
    default: {
      // Types an element family handles (elements/table.js: table_page; elements/status.js: toast).
      const handler = messageHandler(msg?.type);
      if (handler) return handler(msg);
      console.warn('[weft] unknown message type', msg?.type);
    }
  }
}

function onWelcome(msg) {
  attempt = 0;
  devProblem = false; // the app restarted (or the tab reconnected): reload pings resume
  state.session = msg.session;
  state.resumed = !!msg.resumed;
  state.welcomes++;
  storeSession(msg.session);
  clearBanners();
  if (msg.app?.title) setTitle(msg.app.title);
  reconcileSlots(Array.isArray(msg.slots) ? msg.slots : [], !!msg.resumed);
  setConnection('connected');
}

function onError(msg) {
  console.warn(`[weft] server error ${msg.code}: ${msg.message}`);
  // A refused table request names its table (elements/table.js); any other refusal was a widget's.
  if (typeof msg.table === 'string') messageHandler('table_error')?.(msg);
  else if (WIDGET_ERROR_CODES.has(msg.code) && !messageHandler('table_select_error')?.(msg)) onWidgetError(msg, findWidget);
  if (msg.code === 'session_in_use') console.info('[weft] another tab has this session; this tab gets its own');
  if (msg.code === 'session_of_another_user') console.info('[weft] this session is another user\'s; this tab gets its own');
  if (msg.code === 'not_allowed') {
    // This user may not open the page (logged out, or lost a role): say so, and ask again later.
    const why = typeof msg.message === 'string' && msg.message ? msg.message : 'You are not allowed to open this page.';
    showBanner(msg.code, why);
    refused = true;
    currentSocket()?.close();
  }
  if (msg.code === 'too_many_sessions') {
    // Refused a session: say why, then hang up and ask again in about a minute.
    const why = typeof msg.message === 'string' && msg.message ? msg.message : 'The server is full. Try again in a minute.';
    showBanner(msg.code, `${why} This page tries again by itself.`);
    refused = true;
    currentSocket()?.close();
  }
}

// ---------------------------------------------------------------- dev mode

// Quarkus dev mode looks for changed sources only when an HTTP request arrives; this request is
// what makes an edit show up. The restart closes the socket, and the reconnect re-renders the page.
// When an edit does not compile, the answer is Quarkus's error page (500) and the old app keeps
// running: the tab shows the error and stops pinging, since each ping would compile the broken file
// and log the error again. The server then rescans on the next saved change (DevProblems.java) and
// sends the new error, or restarts, which reconnects this tab and resumes the pings.
function startDevPing() {
  let inFlight = false;
  setInterval(async () => {
    if (inFlight || devProblem || document.hidden) return;
    inFlight = true;
    try {
      const response = await fetch('/_weft/dev/ping', { cache: 'no-store' });
      if (response.status >= 500) onDevProblem(errorPageText(await response.text()));
    } catch { /* the app is restarting */ }
    inFlight = false;
  }, DEV_PING_MS);
}

function onDevProblem(text) {
  devProblem = true;
  showDevProblem(text || 'See the application log.');
  setConnection('failed');
}

/** The error that Quarkus's error page shows: its stack trace's messages, without frames or colours. */
function errorPageText(html) {
  const page = new DOMParser().parseFromString(html, 'text/html');
  const trace = page.querySelector('.stacktrace pre, pre')?.textContent ?? '';
  return trace.replace(/\u001b\[[0-9;]*m/g, '').split('\n')
    .filter((line) => !/^\s+at |^\s*\.\.\. \d+ more|^io\.vertx\.core\.impl\.NoStackTraceException\s*$/.test(line))
    .map((line) => line.replace(/^Caused by: /, ''))
    .slice(0, 40).join('\n').trim();
}

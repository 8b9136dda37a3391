// Weft browser client: speaks the WebSocket protocol in docs/protocol.md and draws the slots.
// Plain ES module, no build step. The three libraries come from the page's import map.

// The libraries load while the socket connects and the first fragments run: a static import would
// hold back the connection until ECharts (1 MB) had been fetched and parsed. Messages wait for them.
let echarts, marked, DOMPurify;
const librariesReady = Promise.all([import('echarts'), import('marked'), import('dompurify')]).then(
  ([echartsModule, markedModule, purifyModule]) => {
    echarts = echartsModule;
    marked = markedModule.marked;
    DOMPurify = purifyModule.default;
    DOMPurify.addHook('afterSanitizeAttributes', openLinksInNewTab);
  },
);
librariesReady.catch((error) => {
  console.error('[weft] could not load the chart and Markdown libraries', error);
  showBanner('assets', 'The page could not load its libraries. Check the connection and reload the page.');
});

const PROTOCOL_VERSION = 1;
const BACKOFF_START_MS = 250;
const BACKOFF_MAX_MS = 5000;
const KEEPALIVE_MS = 30_000;
const DEV_PING_MS = 1000;
const OFFLINE_DIM_AFTER_MS = 2000;
const MANY_POINTS = 50;

const root = document.getElementById('weft');
const APP = root.dataset.app ?? '/';
const DEV = root.dataset.dev === 'true';
const SESSION_KEY = `weft.session:${APP}`;
const PAGE_SESSION = root.dataset.session || null;
let pageSessionOffered = false;

/** Live debug state; also read by the browser tests. */
const state = {
  app: APP,
  dev: DEV,
  connection: 'connecting', // connecting | connected | reconnecting
  session: null,
  resumed: null,
  welcomes: 0,
  slots: {}, // id -> { state, gen, runGen }
};
window.weft = { state, version: PROTOCOL_VERSION };

// ---------------------------------------------------------------- page frame

const ui = buildFrame();

function buildFrame() {
  const header = el('header', { class: 'weft-header' });
  const inner = el('div', { class: 'weft-header-inner' });
  const brand = el('div', { class: 'weft-brand' });
  brand.append(
    el('img', { class: 'weft-logo', src: '/_weft/favicon.svg', alt: '', width: '24', height: '24' }),
    el('span', { class: 'weft-app-title' }, root.dataset.title || document.title),
  );
  const conn = el('div', { class: 'weft-conn', role: 'status', 'aria-live': 'polite', 'data-state': 'connecting' });
  const connLabel = el('span', { class: 'weft-conn-label' }, 'Connecting…');
  conn.append(el('span', { class: 'weft-conn-dot', 'aria-hidden': 'true' }), connLabel);
  inner.append(brand, conn);
  header.append(inner);

  const banners = el('div', { class: 'weft-banners' });
  const slots = el('div', { class: 'weft-slots' });
  root.replaceChildren(header, banners, slots);
  return { header, title: brand.querySelector('.weft-app-title'), conn, connLabel, banners, slots };
}

function setConnection(next) {
  state.connection = next;
  ui.conn.dataset.state = next;
  ui.connLabel.textContent = { connecting: 'Connecting…', connected: 'Connected', reconnecting: 'Reconnecting…' }[next];
  ui.conn.title = ui.connLabel.textContent;
  // Dim the page only after a while, so a quick reconnect (e.g. dev reload) does not flicker.
  clearTimeout(setConnection.dimTimer);
  if (next === 'connected') root.classList.remove('weft-offline');
  else setConnection.dimTimer = setTimeout(() => root.classList.add('weft-offline'), OFFLINE_DIM_AFTER_MS);
}

function showBanner(code, text) {
  if (ui.banners.querySelector(`[data-code="${code}"]`)) return;
  ui.banners.append(el('div', { class: 'weft-banner', role: 'alert', 'data-code': code }, text));
}

function clearBanners() {
  ui.banners.replaceChildren();
}

// ---------------------------------------------------------------- slots

/** id -> { section, meta, body, contentGen, runGen, status, charts } */
const slots = new Map();

function reconcileSlots(layout, resumed) {
  if (!resumed) {
    for (const id of [...slots.keys()]) removeSlot(id);
  }
  const wanted = new Set(layout.map((s) => s.id));
  for (const id of [...slots.keys()]) if (!wanted.has(id)) removeSlot(id);
  // append() moves existing nodes, so this also restores declaration order.
  for (const { id } of layout) ui.slots.append((slots.get(id) ?? createSlot(id)).section);
}

function createSlot(id) {
  const section = el('section', { class: 'weft-slot', 'data-slot': id });
  const meta = el('div', { class: 'weft-slot-meta' });
  const body = el('div', { class: 'weft-slot-body' });
  section.append(meta, body);
  const slot = { id, section, meta, body, contentGen: null, runGen: -1, status: null, runningSince: 0, charts: [] };
  slots.set(id, slot);
  showPlaceholder(slot);
  return slot;
}

function removeSlot(id) {
  const slot = slots.get(id);
  disposeCharts(slot);
  slot.section.remove();
  slots.delete(id);
  delete state.slots[id];
}

function showPlaceholder(slot) {
  const skeleton = el('div', { class: 'weft-skeleton', 'aria-hidden': 'true' });
  skeleton.append(
    el('div', { class: 'weft-skeleton-line weft-skeleton-short' }),
    el('div', { class: 'weft-skeleton-line' }),
    el('div', { class: 'weft-skeleton-block' }),
  );
  slot.body.replaceChildren(skeleton, el('span', { class: 'weft-sr-only' }, 'Loading…'));
  refreshSlot(slot);
}

function onStatus(msg) {
  const slot = slots.get(msg.slot);
  if (!slot || typeof msg.gen !== 'number' || msg.gen < slot.runGen) return; // older run: never shown
  if (msg.gen > slot.runGen || msg.state !== slot.status?.state) slot.runningSince = performance.now();
  slot.runGen = msg.gen;
  slot.status = msg;
  refreshSlot(slot);
}

function onSlot(msg) {
  const slot = slots.get(msg.slot);
  if (!slot) return console.warn('[weft] slot message for an unknown slot', msg.slot);
  if (typeof msg.gen !== 'number' || msg.gen < slot.runGen) return; // older run: never shown
  if (msg.gen === slot.contentGen) return; // re-sent on resume: keep the DOM (and the charts) as they are
  slot.runGen = msg.gen;
  slot.contentGen = msg.gen;
  renderElements(slot, Array.isArray(msg.elements) ? msg.elements : []);
  refreshSlot(slot);
}

/** Derives the slot's attributes, stale marker and corner text from what it shows and its latest run. */
function refreshSlot(slot) {
  const { section, status } = slot;
  const hasContent = slot.contentGen !== null;
  const newerRunActive = hasContent && slot.runGen > slot.contentGen;
  let shown;
  if (!hasContent) shown = 'placeholder';
  else if (newerRunActive) shown = 'running';
  else if (status?.gen === slot.contentGen && (status.state === 'done' || status.state === 'failed')) shown = status.state;
  // The slot came before its final status: guess from the content until the status arrives.
  else shown = slot.body.lastElementChild?.classList.contains('weft-error') ? 'failed' : 'done';

  section.dataset.state = shown;
  if (hasContent) section.dataset.gen = String(slot.contentGen);
  else delete section.dataset.gen;
  section.classList.toggle('weft-stale', newerRunActive);
  section.setAttribute('aria-busy', String(!hasContent || newerRunActive));
  state.slots[slot.id] = { state: shown, gen: slot.contentGen, runGen: slot.runGen };
  renderMeta(slot, shown);
}

function renderMeta(slot, shown) {
  const { status, meta } = slot;
  const busy = shown === 'placeholder' || shown === 'running';
  const parts = [];
  if (busy && status && status.gen === slot.runGen && !isFinal(status.state)) {
    const label = status.state === 'queued'
      ? `Queued${typeof status.position === 'number' ? ` · #${status.position}` : ''}${typeof status.etaMs === 'number' ? ` · ~${formatDuration(status.etaMs)}` : ''}`
      : shown === 'placeholder' ? 'Running' : 'Updating';
    parts.push(el('span', { class: 'weft-badge' }, el('span', { class: 'weft-spinner', 'aria-hidden': 'true' }), label,
      el('span', { class: 'weft-elapsed', 'data-since': String(slot.runningSince) })));
  } else if (busy && shown === 'running') {
    parts.push(el('span', { class: 'weft-badge' }, el('span', { class: 'weft-spinner', 'aria-hidden': 'true' }), 'Updating'));
  }
  const timed = status && isFinal(status.state) && status.gen === slot.contentGen && typeof status.durationMs === 'number';
  if (timed && !busy) {
    parts.push(el('span', { class: 'weft-timing', title: `Run ${status.gen} ${status.state === 'failed' ? 'failed after' : 'took'} ${status.durationMs} ms` },
      formatDuration(status.durationMs)));
  }
  meta.replaceChildren(...parts);
  updateElapsed();
}

const isFinal = (s) => s === 'done' || s === 'failed';

function formatDuration(ms) {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

/** Ticks the "running for" counters; the timer only runs while some slot is busy. */
function updateElapsed() {
  const counters = ui.slots.querySelectorAll('.weft-elapsed[data-since]');
  for (const c of counters) {
    const ms = performance.now() - Number(c.dataset.since);
    c.textContent = ms >= 1000 ? ` · ${formatDuration(ms)}` : '';
  }
  clearTimeout(updateElapsed.timer);
  if (counters.length) updateElapsed.timer = setTimeout(updateElapsed, 250);
}

// ---------------------------------------------------------------- elements

function renderElements(slot, elements) {
  disposeCharts(slot);
  const nodes = elements.map((element) => {
    try {
      return renderElement(slot, element);
    } catch (e) {
      console.error('[weft] could not draw element', element, e);
      return el('p', { class: 'weft-unsupported' }, `Could not draw this “${element?.t}” element.`);
    }
  });
  slot.body.replaceChildren(...nodes);
  // Charts need their final size, so they are drawn once the nodes are in the document.
  for (const draw of slot.pendingCharts ?? []) draw();
  slot.pendingCharts = [];
}

function renderElement(slot, element) {
  switch (element?.t) {
    case 'title': return el('h1', {}, String(element.text ?? ''));
    case 'header': return el('h2', {}, String(element.text ?? ''));
    case 'text': return el('p', { class: 'weft-text' }, String(element.text ?? ''));
    case 'markdown': return renderMarkdown(element.text);
    case 'line_chart': return renderLineChart(slot, element);
    case 'error': return renderError(element);
    default:
      return el('p', { class: 'weft-unsupported' }, `Unsupported element${element?.t ? ` “${element.t}”` : ''}.`);
  }
}

// Links leave the app page in a new tab; DOMPurify has already removed javascript: URLs.
function openLinksInNewTab(node) {
  if (node.tagName === 'A' && node.hasAttribute('href') && !node.getAttribute('href').startsWith('#')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
}

function renderMarkdown(text) {
  const div = el('div', { class: 'weft-markdown' });
  const html = marked.parse(String(text ?? ''), { async: false, gfm: true });
  div.innerHTML = DOMPurify.sanitize(html);
  return div;
}

function renderError(element) {
  const box = el('div', { class: 'weft-error', role: 'alert' });
  box.append(el('p', { class: 'weft-error-message' }, String(element.message ?? 'Error')));
  if (element.trace) {
    const details = el('details', { class: 'weft-trace' });
    details.append(el('summary', {}, 'Stack trace'), el('pre', {}, String(element.trace)));
    box.append(details);
  }
  return box;
}

const css = (name) => getComputedStyle(root).getPropertyValue(name).trim();

function renderLineChart(slot, element) {
  const div = el('div', { class: 'weft-chart', role: 'img', 'aria-label': chartLabel(element) });
  slot.pendingCharts ??= [];
  slot.pendingCharts.push(() => {
    const chart = echarts.init(div, null, { renderer: 'canvas' });
    chart.on('finished', function markRendered() {
      div.dataset.rendered = 'true';
      chart.off('finished', markRendered);
    });
    chart.setOption(lineChartOption(element));
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(div);
    slot.charts.push({ chart, observer, element });
  });
  return div;
}

function chartLabel(element) {
  const names = (element.series ?? []).map((s) => s?.name).filter(Boolean);
  return names.length ? `Line chart: ${names.join(', ')}` : 'Line chart';
}

function lineChartOption(element) {
  const series = Array.isArray(element.series) ? element.series : [];
  const length = Math.max(0, ...series.map((s) => (Array.isArray(s?.data) ? s.data.length : 0)));
  const x = Array.isArray(element.x) ? element.x : Array.from({ length }, (_, i) => i);
  const numericX = x.length > 0 && x.every((v) => typeof v === 'number' && Number.isFinite(v));
  const points = Math.max(length, x.length);
  const text = css('--weft-text-muted');
  const grid = css('--weft-grid');
  const palette = Array.from({ length: 8 }, (_, i) => css(`--weft-series-${i + 1}`)).filter(Boolean);
  const axisCommon = {
    axisLine: { lineStyle: { color: grid } },
    axisTick: { show: false },
    axisLabel: { color: text },
    splitLine: { lineStyle: { color: grid } },
  };
  return {
    color: palette,
    backgroundColor: 'transparent',
    textStyle: { fontFamily: css('--weft-font') },
    // No entry animation: the data is shown the moment it arrives (and 'finished' fires at once).
    animation: false,
    // Side margins leave room for the first and last category labels, which are centred on their tick.
    grid: { left: 28, right: 28, top: series.length > 1 ? 40 : 16, bottom: 8, containLabel: true },
    legend: series.length > 1 ? { top: 0, textStyle: { color: text }, icon: 'roundRect', itemWidth: 14, itemHeight: 4 } : { show: false },
    tooltip: {
      trigger: 'axis',
      backgroundColor: css('--weft-surface'),
      borderColor: css('--weft-border'),
      textStyle: { color: css('--weft-text') },
    },
    xAxis: numericX
      ? { type: 'value', min: 'dataMin', max: 'dataMax', ...axisCommon, splitLine: { show: false } }
      : { type: 'category', data: x.map(String), boundaryGap: false, ...axisCommon },
    yAxis: { type: 'value', ...axisCommon, axisLine: { show: false } },
    series: series.map((s, i) => {
      const data = Array.isArray(s?.data) ? s.data : [];
      return {
        type: 'line',
        name: s?.name ?? `Series ${i + 1}`,
        smooth: false,
        showSymbol: points <= MANY_POINTS,
        symbolSize: 5,
        lineStyle: { width: 2 },
        emphasis: { focus: 'series' },
        // A value axis takes [x, y] pairs; null stays null so the line shows a gap.
        data: numericX ? x.map((xv, j) => [xv, data[j] ?? null]) : data,
      };
    }),
  };
}

function disposeCharts(slot) {
  for (const { chart, observer } of slot.charts) {
    observer.disconnect();
    chart.dispose();
  }
  slot.charts = [];
  slot.pendingCharts = [];
}

// Chart colours come from CSS variables, so redraw them when the colour scheme flips.
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
  for (const slot of slots.values()) {
    for (const { chart, element } of slot.charts) chart.setOption(lineChartOption(element), { notMerge: true });
  }
});

// ---------------------------------------------------------------- connection

let socket = null;
let attempt = 0;
let reconnectTimer = null;
let keepaliveTimer = null;

function send(message) {
  if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify({ v: PROTOCOL_VERSION, ...message }));
}

function storedSession() {
  try { return sessionStorage.getItem(SESSION_KEY); } catch { return null; }
}

function storeSession(id) {
  try { sessionStorage.setItem(SESSION_KEY, id); } catch { /* private mode: the session just won't survive a reload */ }
}

function connect() {
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/_weft/ws`;
  socket = new WebSocket(url);
  socket.addEventListener('open', () => {
    // The server started a session while it served this page; claim it unless there is one to
    // resume (a reconnect, or a reload of this tab). It can be claimed once, by the first hello.
    const prestarted = PAGE_SESSION && !pageSessionOffered ? PAGE_SESSION : null;
    pageSessionOffered = true;
    send({ type: 'hello', app: APP, session: state.session ?? storedSession(), prestarted });
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
    socket = null;
    scheduleReconnect();
  });
  // 'error' is always followed by 'close', which does the work.
}

function scheduleReconnect() {
  setConnection('reconnecting');
  const base = Math.min(BACKOFF_MAX_MS, BACKOFF_START_MS * 2 ** attempt);
  attempt++;
  // Jitter spreads out the tabs that all lost the same server at once.
  const delay = base / 2 + Math.random() * (base / 2);
  clearTimeout(reconnectTimer);
  reconnectTimer = setTimeout(connect, delay);
}

function handle(msg) {
  if (msg?.v !== PROTOCOL_VERSION) console.warn('[weft] unexpected protocol version', msg?.v);
  switch (msg?.type) {
    case 'welcome': return onWelcome(msg);
    case 'status': return onStatus(msg);
    case 'slot': return onSlot(msg);
    case 'error': return onError(msg);
    case 'pong': return;
    default: console.warn('[weft] unknown message type', msg?.type);
  }
}

function onWelcome(msg) {
  attempt = 0;
  state.session = msg.session;
  state.resumed = !!msg.resumed;
  state.welcomes++;
  storeSession(msg.session);
  clearBanners();
  if (msg.app?.title) {
    ui.title.textContent = msg.app.title;
    document.title = msg.app.title;
  }
  reconcileSlots(Array.isArray(msg.slots) ? msg.slots : [], !!msg.resumed);
  setConnection('connected');
  claimSession(!!msg.resumed);
}

function onError(msg) {
  console.warn(`[weft] server error ${msg.code}: ${msg.message}`);
  if (msg.code === 'too_many_sessions') {
    showBanner(msg.code, 'This app has too many open sessions right now. Weft keeps trying to connect; please wait a moment.');
  }
}

// ---------------------------------------------------------------- duplicated tabs

// "Duplicate tab" copies sessionStorage, so two tabs could share one session id. After each welcome
// a tab announces its session; the tab that has held it longer answers, and the newer one starts
// a session of its own.
const tabs = typeof BroadcastChannel === 'function' ? new BroadcastChannel('weft.tabs') : null;
const TAB_ID = Math.random().toString(36).slice(2);
let heldSince = 0;

function claimSession(resumed) {
  if (!resumed || !heldSince) heldSince = Date.now();
  tabs?.postMessage({ type: 'claim', app: APP, session: state.session, since: heldSince, tab: TAB_ID });
}

tabs?.addEventListener('message', ({ data }) => {
  if (data?.app !== APP || data.session !== state.session || data.tab === TAB_ID) return;
  if (data.type === 'claim' && (heldSince < data.since || (heldSince === data.since && TAB_ID < data.tab))) {
    tabs.postMessage({ type: 'taken', app: APP, session: state.session, tab: TAB_ID, to: data.tab });
  } else if (data.type === 'taken' && data.to === TAB_ID) {
    console.info('[weft] another tab uses this session; starting a new one');
    state.session = null;
    heldSince = 0;
    try { sessionStorage.removeItem(SESSION_KEY); } catch { /* ignore */ }
    socket?.close(); // the reconnect sends hello without a session
  }
});

// ---------------------------------------------------------------- dev mode

// Quarkus dev mode looks for changed sources only when an HTTP request arrives; this request is
// what makes an edit show up. The restart closes the socket, and the reconnect re-renders the page.
function startDevPing() {
  let inFlight = false;
  setInterval(async () => {
    if (inFlight || document.hidden) return;
    inFlight = true;
    try { await fetch('/_weft/dev/ping', { cache: 'no-store' }); } catch { /* the app is restarting */ }
    inFlight = false;
  }, DEV_PING_MS);
}

// ---------------------------------------------------------------- helpers

/** Creates an element; attributes are set verbatim, children are nodes or text (never HTML). */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

// ---------------------------------------------------------------- start

setConnection('connecting');
if (DEV) startDevPing();
connect();

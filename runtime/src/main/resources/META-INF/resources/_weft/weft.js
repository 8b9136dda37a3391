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
  sent: 0, // widget messages sent
  lastSent: null, // the last widget message sent
  widgetErrors: 0, // widget messages the server refused
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
  for (const { id, draws } of layout) {
    const slot = slots.get(id) ?? createSlot(id);
    // A fragment without a Ui is a computed value: it has state but nothing to show.
    slot.section.hidden = draws === false;
    ui.slots.append(slot.section);
  }
}

function createSlot(id) {
  const section = el('section', { class: 'weft-slot', 'data-slot': id });
  const meta = el('div', { class: 'weft-slot-meta' });
  const body = el('div', { class: 'weft-slot-body' });
  section.append(meta, body);
  const slot = { id, section, meta, body, contentGen: null, runGen: -1, status: null, runningSince: 0, charts: [], widgets: new Map() };
  slots.set(id, slot);
  showPlaceholder(slot);
  return slot;
}

function removeSlot(id) {
  const slot = slots.get(id);
  disposeCharts(slot);
  for (const w of slot.widgets.values()) dropWidget(w);
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
  slot.statusAt = performance.now(); // a queued status's etaMs counts down from here
  slot.runGen = msg.gen;
  slot.status = msg;
  refreshSlot(slot);
}

function onSlot(msg) {
  const slot = slots.get(msg.slot);
  if (!slot) return console.warn('[weft] slot message for an unknown slot', msg.slot);
  if (typeof msg.gen !== 'number' || msg.gen < slot.runGen) return; // older run: never shown
  const elements = Array.isArray(msg.elements) ? msg.elements : [];
  // Re-sent on resume: keep the DOM (and the charts) as they are, but show the widgets' values as the
  // server has them (a change made while the connection was down never reached it).
  if (msg.gen === slot.contentGen) return syncWidgetValues(slot, elements, msg.gen);
  slot.runGen = msg.gen;
  slot.contentGen = msg.gen;
  renderElements(slot, elements, msg.gen);
  refreshSlot(slot);
}

/** Derives the slot's attributes, stale marker and corner text from what it shows and its latest run. */
function refreshSlot(slot) {
  const { section, status } = slot;
  const hasContent = slot.contentGen !== null;
  const newerRunActive = hasContent && slot.runGen > slot.contentGen;
  // Waiting for a @Limited permit: the latest run is in line.
  const queued = status?.gen === slot.runGen && status.state === 'queued' && slot.runGen !== slot.contentGen;
  let shown;
  if (queued) shown = 'queued';
  else if (!hasContent) shown = 'placeholder';
  else if (newerRunActive) shown = 'running';
  else if (status?.gen === slot.contentGen && (status.state === 'done' || status.state === 'failed')) shown = status.state;
  // The slot came before its final status: guess from the content until the status arrives.
  else shown = slot.body.lastElementChild?.classList.contains('weft-error') ? 'failed' : 'done';

  section.dataset.state = shown;
  if (hasContent) section.dataset.gen = String(slot.contentGen);
  else delete section.dataset.gen;
  const position = queued && typeof status.position === 'number' ? status.position : null;
  if (position !== null) section.dataset.position = String(position);
  else delete section.dataset.position;
  section.classList.toggle('weft-stale', newerRunActive);
  section.setAttribute('aria-busy', String(!hasContent || newerRunActive));
  state.slots[slot.id] = { state: shown, gen: slot.contentGen, runGen: slot.runGen, position };
  renderMeta(slot, shown);
}

function renderMeta(slot, shown) {
  const { status, meta } = slot;
  const busy = shown === 'placeholder' || shown === 'running' || shown === 'queued';
  const parts = [];
  if (shown === 'queued') {
    parts.push(queueBadge(slot, status));
  } else if (busy && status && status.gen === slot.runGen && !isFinal(status.state)) {
    const label = status.state === 'queued'
      ? `Queued${typeof status.position === 'number' ? ` · #${status.position}` : ''}${typeof status.etaMs === 'number' ? ` · ~${formatDuration(status.etaMs)}` : ''}`
      : status.state === 'waiting' ? 'Waiting for input'
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

/** "#3 in line · ~12 s": the place in line, and the estimated wait counting down until the next update. */
function queueBadge(slot, status) {
  const position = typeof status.position === 'number' ? status.position : null;
  const badge = el('span', { class: 'weft-badge weft-badge-queued', role: 'status' },
    el('span', { class: 'weft-queue-dot', 'aria-hidden': 'true' }),
    position === null ? 'In line' : `#${position} in line`);
  if (typeof status.etaMs === 'number') {
    badge.append(el('span', { class: 'weft-eta', 'data-until': String(slot.statusAt + status.etaMs) }));
  }
  badge.title = position === null
    ? 'Waiting for a free turn'
    : `Waiting for a free turn: ${position === 1 ? 'next' : `${position} in line, counting this one`}`;
  return badge;
}

function formatEta(ms) {
  if (ms < 60_000) return `${Math.max(1, Math.ceil(ms / 1000))} s`;
  return `${Math.round(ms / 60_000)} min`;
}

function formatDuration(ms) {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

/** Ticks the "running for" counters; the timer only runs while some slot is busy. */
function updateElapsed() {
  const counters = ui.slots.querySelectorAll('.weft-elapsed[data-since], .weft-eta[data-until]');
  for (const c of counters) {
    if (c.dataset.until) {
      const left = Number(c.dataset.until) - performance.now();
      c.textContent = left >= 1000 ? ` · ~${formatEta(left)}` : ' · any moment';
      continue;
    }
    const ms = performance.now() - Number(c.dataset.since);
    c.textContent = ms >= 1000 ? ` · ${formatDuration(ms)}` : '';
  }
  clearTimeout(updateElapsed.timer);
  if (counters.length) updateElapsed.timer = setTimeout(updateElapsed, 250);
}

// ---------------------------------------------------------------- elements

/**
 * Draws a slot's new content. Charts and text are built anew; a widget whose id and kind were
 * already shown keeps its DOM node (updated in place), so a slider being dragged stays dragged and
 * a text field keeps focus, caret and what the user typed. The body is patched in one go, without
 * ever detaching a kept widget (detaching would blur it and end a drag).
 */
function renderElements(slot, elements, gen) {
  disposeCharts(slot);
  const previous = slot.widgets;
  const widgets = new Map();
  const nodes = elements.map((element) => {
    try {
      if (WIDGET_KINDS.has(element?.t) && typeof element.id === 'string' && element.id) {
        let w = previous.get(element.id);
        if (w && w.kind === element.t && !widgets.has(element.id)) {
          previous.delete(element.id);
          clearWidgetError(w); // a refusal is shown until the next content of its slot
        } else {
          w = createWidget(slot, element);
        }
        if (widgets.has(element.id)) console.warn('[weft] two widgets with one id in a slot', element.id);
        else widgets.set(element.id, w);
        updateWidget(w, element, gen);
        return w.node;
      }
      return renderElement(slot, element);
    } catch (e) {
      console.error('[weft] could not draw element', element, e);
      return el('p', { class: 'weft-unsupported' }, `Could not draw this “${element?.t}” element.`);
    }
  });
  for (const w of previous.values()) dropWidget(w);
  slot.widgets = widgets;
  patchChildren(slot.body, nodes);
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
    case 'slider': case 'selectbox': case 'checkbox': case 'text_input': case 'number_input': case 'button':
      return el('p', { class: 'weft-unsupported' }, `This “${element.t}” widget has no id.`);
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

// ---------------------------------------------------------------- widgets

const WIDGET_KINDS = new Set(['slider', 'selectbox', 'checkbox', 'text_input', 'number_input', 'button']);
const WIDGET_ERROR_CODES = new Set(['bad_value', 'unknown_widget', 'unknown_slot', 'disabled']);
const SLIDER_THROTTLE_MS = 50;
const WIDGET_ERROR_MS = 10_000;
/** An error that arrives this soon after a widget message is taken to be about that message. */
const WIDGET_ERROR_WINDOW_MS = 5000;
let inputCounter = 0;
let lastWidgetSend = null; // { w, at }

/**
 * One widget on screen. Its node survives reruns of its slot as long as the slot keeps drawing a
 * widget with the same id and kind.
 *   committed   the value the control started from: the server's last applied value or the user's
 *               last sent one (changes are sent only when they differ from it)
 *   sent, sentAtRunGen, awaiting
 *               the user's last sent value, the newest run of the slot known when it was sent, and
 *               whether the content shown may not reflect it yet
 *   serverValue the value in the newest content, applied when the user stops interacting
 */
function createWidget(slot, element) {
  const kind = element.t;
  const inputId = `weft-input-${++inputCounter}`;
  const node = el('div', { class: 'weft-widget', 'data-widget-id': element.id, 'data-kind': kind });
  const w = { id: element.id, kind, slot, node, inputId, element, committed: undefined, sent: undefined,
    sentAtRunGen: -1, awaiting: false, serverValue: undefined, dragging: false, timer: null, lastSendAt: -Infinity };
  const label = (extra = {}) => (w.label = el('label', { class: 'weft-widget-label', for: inputId, ...extra }));
  switch (kind) {
    case 'slider': {
      w.input = el('input', { type: 'range', id: inputId, class: 'weft-range', 'data-weft-input': '' });
      w.readout = el('span', { class: 'weft-slider-value', 'aria-hidden': 'true' });
      w.minLabel = el('span', {});
      w.maxLabel = el('span', {});
      node.append(el('div', { class: 'weft-widget-head' }, label(), w.readout), w.input,
        el('div', { class: 'weft-slider-scale', 'aria-hidden': 'true' }, w.minLabel, w.maxLabel));
      w.input.addEventListener('input', () => { showSliderValue(w); sliderInput(w); });
      w.input.addEventListener('change', () => { if (!w.timer && !w.dragging) sendIfChanged(w); });
      w.input.addEventListener('pointerdown', (e) => {
        if (e.button !== 0 || w.input.disabled) return;
        w.dragging = true;
        const release = () => {
          removeEventListener('pointerup', release, true);
          removeEventListener('pointercancel', release, true);
          w.dragging = false;
          // The final value goes out now, or with the throttle's trailing send at the latest.
          if (!w.timer) sendIfChanged(w);
          if (!w.timer) syncToServer(w);
        };
        addEventListener('pointerup', release, true);
        addEventListener('pointercancel', release, true);
      });
      break;
    }
    case 'number_input':
    case 'text_input': {
      const number = kind === 'number_input';
      w.input = el('input', { type: number ? 'number' : 'text', id: inputId, class: 'weft-field', 'data-weft-input': '',
        autocomplete: 'off', ...(number ? { inputmode: 'decimal' } : { spellcheck: 'false' }) });
      w.hint = el('p', { class: 'weft-widget-hint', id: `${inputId}-hint`, hidden: '' });
      node.append(label(), w.input, w.hint);
      w.input.addEventListener('change', () => commitField(w));
      w.input.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' && !e.isComposing) commitField(w);
        else if (e.key === 'Escape' && !sameValue(readValue(w), w.committed)) setControlValue(w, w.committed);
      });
      if (number) w.input.addEventListener('input', () => { if (w.input.getAttribute('aria-invalid')) checkNumber(w); });
      w.input.addEventListener('blur', () => syncToServer(w));
      break;
    }
    case 'selectbox': {
      w.input = el('select', { id: inputId, class: 'weft-select', 'data-weft-input': '' });
      node.append(label(), el('div', { class: 'weft-select-wrap' }, w.input));
      w.input.addEventListener('change', () => sendIfChanged(w));
      break;
    }
    case 'checkbox': {
      w.input = el('input', { type: 'checkbox', id: inputId, class: 'weft-checkbox', 'data-weft-input': '' });
      node.append(el('div', { class: 'weft-check' }, w.input, label()));
      w.input.addEventListener('change', () => sendIfChanged(w));
      break;
    }
    case 'button': {
      // The button's own text is its label.
      w.input = w.label = el('button', { type: 'button', id: inputId, class: 'weft-button', 'data-weft-input': '' });
      node.append(w.input);
      w.input.addEventListener('click', () => sendWidget(w, true));
      break;
    }
  }
  return w;
}

/** Brings a widget's node up to date with the element a new run drew. */
function updateWidget(w, element, gen) {
  w.element = element;
  const label = String(element.label ?? '');
  if (w.label.textContent !== label) w.label.textContent = label;
  const disabled = element.disabled === true;
  if (w.input.disabled !== disabled) w.input.disabled = disabled;
  w.node.classList.toggle('weft-widget-disabled', disabled);
  switch (w.kind) {
    case 'slider':
    case 'number_input': {
      setAttr(w.input, 'min', finite(element.min) ? String(element.min) : null);
      setAttr(w.input, 'max', finite(element.max) ? String(element.max) : null);
      setAttr(w.input, 'step', finite(element.step) && element.step > 0 ? String(element.step) : element.integer ? '1' : 'any');
      if (w.kind === 'slider') {
        w.minLabel.textContent = formatSliderValue(w, element.min);
        w.maxLabel.textContent = formatSliderValue(w, element.max);
      } else {
        w.input.inputMode = element.integer && !(element.min < 0) ? 'numeric' : 'decimal';
      }
      break;
    }
    case 'text_input':
      setAttr(w.input, 'maxlength', Number.isInteger(element.maxLength) && element.maxLength >= 0 ? String(element.maxLength) : null);
      break;
    case 'selectbox': {
      const options = Array.isArray(element.options) ? element.options.map(String) : [];
      const current = [...w.input.options].map((o) => o.value);
      if (options.length !== current.length || options.some((o, i) => o !== current[i])) {
        const keep = w.input.value;
        w.input.replaceChildren(...options.map((o) => el('option', { value: o }, o)));
        w.input.value = keep;
      }
      break;
    }
  }
  applyServerValue(w, element.value, gen);
  if (w.kind === 'slider') showSliderValue(w);
}

/** Shows the server's value unless the user is busy with the control or has sent a newer one. */
function applyServerValue(w, value, gen) {
  if (w.kind === 'button') return;
  w.serverValue = value;
  if (w.awaiting && sameValue(value, w.sent)) w.awaiting = false;
  if (isInteracting(w)) return; // applied when the interaction ends (syncToServer)
  // A run that started before the user's latest value was sent does not reflect it: keep the
  // user's value on screen; the run for it is on its way (or an error will say it was refused).
  if (w.awaiting && gen <= w.sentAtRunGen) return;
  w.awaiting = false;
  setControlValue(w, value);
}

/** After a drag or an edit ends without a change to send, show what the server has. */
function syncToServer(w) {
  if (w.node.isConnected && !isInteracting(w) && !w.awaiting && w.serverValue !== undefined
      && !(w.kind === 'number_input' && w.input.getAttribute('aria-invalid'))) {
    setControlValue(w, w.serverValue);
  }
}

function isInteracting(w) {
  switch (w.kind) {
    case 'slider': return w.dragging || w.timer !== null;
    case 'text_input':
    case 'number_input': return document.activeElement === w.input;
    default: return false;
  }
}

function setControlValue(w, value) {
  switch (w.kind) {
    case 'slider':
      if (finite(value) && Number(w.input.value) !== value) w.input.value = String(value);
      showSliderValue(w);
      break;
    case 'number_input':
      if (!finite(value) && value !== null && value !== undefined) return;
      if (readValue(w) !== value || w.input.value === '') w.input.value = value == null ? '' : String(value);
      setInvalid(w, null);
      break;
    case 'text_input':
      if (w.input.value !== String(value ?? '')) w.input.value = String(value ?? '');
      break;
    case 'checkbox':
      w.input.checked = value === true;
      break;
    case 'selectbox':
      w.input.value = String(value ?? '');
      if (w.input.value !== String(value ?? '')) w.input.selectedIndex = -1; // not one of the options
      break;
  }
  w.committed = value;
}

/** The control's value as the protocol wants it, or undefined if it is not a valid one. */
function readValue(w) {
  const { input, element } = w;
  switch (w.kind) {
    case 'slider':
    case 'number_input': {
      if (input.value.trim() === '' || !input.validity.valid) return undefined;
      const n = Number(input.value);
      if (!Number.isFinite(n) || (element.integer && !Number.isInteger(n))) return undefined;
      return n;
    }
    case 'text_input': return input.value;
    case 'checkbox': return input.checked;
    case 'selectbox': return input.selectedIndex < 0 ? undefined : input.value;
    default: return undefined;
  }
}

function sliderInput(w) {
  const wait = w.lastSendAt + SLIDER_THROTTLE_MS - performance.now();
  if (wait <= 0 && !w.timer) return sendIfChanged(w);
  w.timer ??= setTimeout(() => {
    w.timer = null;
    sendIfChanged(w);
    if (!w.dragging) syncToServer(w);
  }, Math.max(0, wait));
}

function commitField(w) {
  if (w.kind === 'number_input' && !checkNumber(w)) return;
  sendIfChanged(w);
}

/** Marks a number field invalid (and says why) unless it holds a number the widget accepts. */
function checkNumber(w) {
  const ok = readValue(w) !== undefined;
  if (ok) setInvalid(w, null);
  else {
    const { min, max, step, integer } = w.element;
    const what = integer ? 'a whole number' : 'a number';
    const range = finite(min) && finite(max) ? ` from ${min} to ${max}` : finite(min) ? ` of at least ${min}` : finite(max) ? ` of at most ${max}` : '';
    const grid = finite(step) && step !== 1 ? ` in steps of ${step}` : '';
    setInvalid(w, `Enter ${what}${range}${grid}.`);
  }
  return ok;
}

function setInvalid(w, message) {
  if (!w.hint) return;
  setAttr(w.input, 'aria-invalid', message ? 'true' : null);
  setAttr(w.input, 'aria-describedby', message ? w.hint.id : null);
  w.hint.textContent = message ?? '';
  w.hint.hidden = !message;
}

function sendIfChanged(w) {
  const value = readValue(w);
  if (value === undefined || sameValue(value, w.committed)) return;
  sendWidget(w, value);
}

function sendWidget(w, value) {
  const { slot } = w;
  if (slot.contentGen === null || !slot.widgets.has(w.id) || slot.widgets.get(w.id) !== w) return;
  const message = { type: 'widget', slot: slot.id, id: w.id, gen: slot.contentGen, value };
  if (!send(message)) {
    console.warn('[weft] not connected; the change to', w.id, 'was not sent');
    return;
  }
  state.sent++;
  state.lastSent = message;
  lastWidgetSend = { w, at: performance.now() };
  w.lastSendAt = performance.now();
  if (w.kind === 'button') return;
  w.committed = value;
  w.sent = value;
  w.sentAtRunGen = slot.runGen;
  w.awaiting = true;
  clearWidgetError(w);
}

function showSliderValue(w) {
  const { input } = w;
  const min = Number(input.min || 0), max = Number(input.max || 100), value = Number(input.value);
  w.readout.textContent = formatSliderValue(w, value);
  const fill = max > min ? ((value - min) / (max - min)) * 100 : 0;
  input.style.setProperty('--weft-fill', `${Math.min(100, Math.max(0, fill))}%`);
  if (!w.element.integer) input.setAttribute('aria-valuetext', w.readout.textContent);
}

/** A slider's numbers, with as many decimals as its step has (0.25 → "0.50"). */
function formatSliderValue(w, value) {
  if (!finite(value)) return '';
  const { step, integer } = w.element;
  if (integer) return String(Math.round(value));
  const decimals = finite(step) ? Math.min(10, (String(step).split('.')[1] ?? '').length) : 2;
  return finite(step) && !String(step).includes('e') ? value.toFixed(decimals) : String(value);
}

/** A re-sent slot of the generation shown: only the widgets' values may need to catch up. */
function syncWidgetValues(slot, elements, gen) {
  for (const element of elements) {
    const w = element && typeof element.id === 'string' ? slot.widgets.get(element.id) : null;
    if (w && w.kind === element.t) applyServerValue(w, element.value, gen);
  }
}

function dropWidget(w) {
  clearTimeout(w.timer);
  w.timer = null;
  w.dragging = false;
  clearTimeout(w.errorTimer);
}

function onWidgetError(msg) {
  state.widgetErrors++;
  // Errors carry no widget id today; they answer the messages in order, so a widget error soon after
  // a widget message is about that message. (An id in the error, if the server ever adds it, wins.)
  let w = null;
  if (typeof msg.slot === 'string' && typeof msg.id === 'string') w = slots.get(msg.slot)?.widgets.get(msg.id) ?? null;
  else if (lastWidgetSend && performance.now() - lastWidgetSend.at < WIDGET_ERROR_WINDOW_MS) w = lastWidgetSend.w;
  if (!w || !w.node.isConnected) return;
  // The server changed nothing: show its value again, unless the user is still editing.
  w.awaiting = false;
  if (!isInteracting(w) && w.serverValue !== undefined) setControlValue(w, w.serverValue);
  const text = msg.message || {
    bad_value: 'This value was not accepted.',
    unknown_widget: 'This control is no longer on the page.',
    unknown_slot: 'This part of the page is no longer there.',
    disabled: 'This control is disabled.',
  }[msg.code];
  clearWidgetError(w);
  w.error = el('p', { class: 'weft-widget-error', role: 'alert', 'data-code': msg.code }, text);
  w.node.append(w.error);
  w.errorTimer = setTimeout(() => clearWidgetError(w), WIDGET_ERROR_MS);
}

function clearWidgetError(w) {
  clearTimeout(w.errorTimer);
  w.error?.remove();
  w.error = null;
}

const finite = (v) => typeof v === 'number' && Number.isFinite(v);

function sameValue(a, b) {
  return a === b || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)));
}

function setAttr(node, name, value) {
  if (value === null) node.removeAttribute(name);
  else if (node.getAttribute(name) !== value) node.setAttribute(name, value);
}

/**
 * Makes parent's children exactly `nodes`, in order, moving as little as possible: children that
 * stay keep their place (so a focused field or a dragged slider is never detached) and new nodes
 * are inserted around them. All in one task, so nothing half-done is ever painted.
 */
function patchChildren(parent, nodes) {
  const keep = new Set(nodes);
  for (const child of [...parent.childNodes]) if (!keep.has(child)) child.remove();
  let ref = parent.firstChild;
  for (const node of nodes) {
    if (node === ref) { ref = ref.nextSibling; continue; }
    if (node.parentNode === parent && node.contains(document.activeElement)) {
      // A kept widget changed places: move it, then give back focus and caret.
      const active = document.activeElement;
      const range = 'selectionStart' in active ? safeSelection(active) : null;
      parent.insertBefore(node, ref);
      active.focus({ preventScroll: true });
      if (range) try { active.setSelectionRange(...range); } catch { /* not a text control */ }
    } else {
      parent.insertBefore(node, ref);
    }
  }
}

function safeSelection(input) {
  try { return input.selectionStart === null ? null : [input.selectionStart, input.selectionEnd, input.selectionDirection]; } catch { return null; }
}

// ---------------------------------------------------------------- connection

let socket = null;
let attempt = 0;
let reconnectTimer = null;
let keepaliveTimer = null;

function send(message) {
  if (socket?.readyState !== WebSocket.OPEN) return false;
  socket.send(JSON.stringify({ v: PROTOCOL_VERSION, ...message }));
  return true;
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
  if (WIDGET_ERROR_CODES.has(msg.code)) onWidgetError(msg);
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

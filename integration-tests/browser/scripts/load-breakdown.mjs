// A breakdown of page loads of a Weft page with three charts (examples/dashboard, /): navigation start,
// the HTML response, when the server started and ended the runs (the status messages carry it), the
// socket, hello and welcome, each slot message, each chart drawn, and the page main thread's CPU time
// (trace events) before the data and from the data to the last chart. Timestamps are ms from navigation
// start, taken inside Chromium, so they hold up better on a loaded machine than totals.
// PATCH=/_weft/elements/chart.js,... also loads the page with those files from this checkout (variant B),
// alternating with the server's own (A): a before/after in one run without a rebuild; PATCH_ROOT=dir takes
// them from dir instead (e.g. the files of an older commit, from git archive).
// usage: node --experimental-websocket load-breakdown.mjs http://127.0.0.1:PORT/ RUNS
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';

const url = process.argv[2];
const runs = Number(process.argv[3] ?? 5);

const HOOK = `(() => {
  const log = window.__spread = [];
  const t = (what, extra) => log.push({ at: performance.now(), what, ...extra });
  const Orig = window.WebSocket;
  window.WebSocket = function (u, p) {
    t('ws.new');
    const ws = new Orig(u, p);
    ws.addEventListener('open', () => t('ws.open'));
    ws.addEventListener('message', (e) => {
      let m = {}; try { m = JSON.parse(e.data); } catch {}
      t('ws.msg', { type: m.type, slot: m.slot, gen: m.gen, state: m.state, started: m.startedAt, ended: m.endedAt, len: e.data.length });
    });
    const send = ws.send.bind(ws);
    ws.send = (d) => { try { t('ws.send', { type: JSON.parse(d).type }); } catch {} return send(d); };
    return ws;
  };
  window.WebSocket.prototype = Orig.prototype;
  Object.assign(window.WebSocket, { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 });
  let weft;
  Object.defineProperty(window, 'weft', { configurable: true, get: () => weft, set: (v) => {
    weft = v;
    let lib = v.state.libraries;
    Object.defineProperty(v.state, 'libraries', { get: () => lib, set: (x) => { lib = x; t('libraries.' + x); } });
  } });
  new MutationObserver((ms) => {
    for (const m of ms) {
      if (m.attributeName === 'data-rendered') t('rendered', { slot: m.target.closest('[data-slot]')?.dataset.slot });
      else if (m.attributeName === 'data-state' && m.target.dataset.slot) t('state', { slot: m.target.dataset.slot, state: m.target.dataset.state });
      else if (m.type === 'childList') for (const n of m.addedNodes) if (n.nodeType === 1 && n.classList?.contains('weft-chart')) t('chart.node', { slot: n.closest('[data-slot]')?.dataset.slot });
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-rendered', 'data-state'], childList: true });
  document.addEventListener('DOMContentLoaded', () => t('DOMContentLoaded'));
})();`;

const chrome = spawn('/usr/bin/chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--remote-debugging-port=0',
  `--user-data-dir=${mkdtempSync('/tmp/spread-cdp-')}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
const wsUrl = await new Promise((resolve) => {
  let buf = '';
  chrome.stderr.on('data', (d) => { buf += d; const m = buf.match(/DevTools listening on (ws:\S+)/); if (m) resolve(m[1]); });
});
const cdp = new WebSocket(wsUrl);
await new Promise((r) => cdp.addEventListener('open', r));
let nextId = 1;
const pending = new Map();
const listeners = [];
cdp.addEventListener('message', (e) => {
  const m = JSON.parse(e.data);
  if (m.id && pending.has(m.id)) { pending.get(m.id)(m); pending.delete(m.id); return; }
  for (const l of listeners) l(m);
});
const call = (method, params = {}, sessionId) => new Promise((resolve, reject) => {
  const id = nextId++;
  pending.set(id, (m) => (m.error ? reject(new Error(method + ': ' + JSON.stringify(m.error))) : resolve(m.result)));
  cdp.send(JSON.stringify({ id, method, params, sessionId }));
});
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const PATCH_ROOT = process.env.PATCH_ROOT ?? new URL('../../../runtime/src/main/resources/META-INF/resources', import.meta.url).pathname;
const PATCHED = (process.env.PATCH ?? '').split(',').filter(Boolean); // e.g. /_weft/elements/chart.js
import { readFileSync } from 'node:fs';
async function load(variant) {
  const { browserContextId } = await call('Target.createBrowserContext');
  const { targetId } = await call('Target.createTarget', { url: 'about:blank', browserContextId });
  const { sessionId } = await call('Target.attachToTarget', { targetId, flatten: true });
  const events = [];
  const l = (m) => { if (m.sessionId === sessionId && m.method?.startsWith('Network.')) events.push(m); };
  listeners.push(l);
  await call('Network.enable', {}, sessionId);
  await call('Page.enable', {}, sessionId);
  await call('Emulation.setDeviceMetricsOverride', { width: 1280, height: 1600, deviceScaleFactor: 1, mobile: false }, sessionId);
  await call('Page.addScriptToEvaluateOnNewDocument', { source: HOOK }, sessionId);
  if (variant === 'B' && PATCHED.length) {
    listeners.push(async (m) => {
      if (m.sessionId !== sessionId || m.method !== 'Fetch.requestPaused') return;
      const path = new URL(m.params.request.url).pathname;
      const body = Buffer.from(readFileSync(PATCH_ROOT + path)).toString('base64');
      await call('Fetch.fulfillRequest', { requestId: m.params.requestId, responseCode: 200,
        responseHeaders: [{ name: 'Content-Type', value: path.endsWith('.css') ? 'text/css' : 'text/javascript' }, { name: 'Cache-Control', value: 'no-cache' }], body }, sessionId);
    });
    await call('Fetch.enable', { patterns: PATCHED.map((p) => ({ urlPattern: '*' + p, requestStage: 'Request' })) }, sessionId);
  }
  if (process.env.PROFILE) { await call('Profiler.enable', {}, sessionId); await call('Profiler.setSamplingInterval', { interval: 200 }, sessionId); await call('Profiler.start', {}, sessionId); }
  const trace = [];
  const tl = (m) => { if (m.method === 'Tracing.dataCollected') trace.push(...m.params.value); };
  listeners.push(tl);
  const traceDone = new Promise((r) => listeners.push((m) => { if (m.method === 'Tracing.tracingComplete') r(); }));
  await call('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink.user_timing', transferMode: 'ReportEvents' });
  await call('Page.navigate', { url }, sessionId);
  let done = null;
  for (let i = 0; i < 1000 && !done; i++) {
    await sleep(20);
    try {
      const r = await call('Runtime.evaluate', { expression: `document.querySelectorAll('.weft-chart[data-rendered="true"]').length >= 3 && JSON.stringify({ origin: performance.timeOrigin, log: window.__spread, res: performance.getEntriesByType('resource').map(e => ({ name: e.name.replace(location.origin, ''), start: e.startTime, end: e.responseEnd, size: e.transferSize })), nav: performance.getEntriesByType('navigation')[0].toJSON(), marks: performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]) })`, returnByValue: true }, sessionId);
      if (r.result.value) done = JSON.parse(r.result.value);
    } catch { /* navigating */ }
  }
  listeners.splice(listeners.indexOf(l), 1);
  await call('Tracing.end');
  await traceDone;
  done.trace = trace;
  if (process.env.PROFILE) { const { profile } = await call('Profiler.stop', {}, sessionId); done.profile = profile; }
  await call('Target.disposeBrowserContext', { browserContextId });
  return { ...done, events };
}

function cpu(trace, toPage, from, to) {
  const main = new Set();
  for (const e of trace) if (e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain') main.add(e.pid + ':' + e.tid);
  const evs = trace.filter((e) => e.ph === 'X' && main.has(e.pid + ':' + e.tid));
  const load = new Map();
  for (const e of evs) if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') load.set(e.pid, (load.get(e.pid) ?? 0) + (e.tdur ?? 0));
  const pid = [...load].sort((a, b) => b[1] - a[1])[0]?.[0];
  const mine = evs.filter((e) => e.pid === pid).sort((a, b) => a.ts - b.ts);
  const tops = [];
  let end = -1;
  for (const t of mine) if ((t.name === 'RunTask' || t.name === 'ThreadControllerImpl::RunTask') && t.ts >= end) { tops.push(t); end = t.ts + t.dur; }
  const ms = (xs) => Math.round(xs.reduce((a, e) => a + (e.tdur ?? 0), 0) / 1000);
  const inWin = (e) => { const at = toPage(e.ts / 1e6); return at >= from && at <= to; };
  const beforeWin = (e) => toPage(e.ts / 1e6) < from;
  const named = (n) => mine.filter((e) => n.includes(e.name) && inWin(e));
  return {
    cpuMainBeforeData: ms(tops.filter(beforeWin)),
    cpuCommitPaintBeforeData: ms(mine.filter((e) => ['Commit', 'Paint', 'PaintImage', 'PrePaint', 'Layerize'].includes(e.name) && beforeWin(e))),
    cpuMainWindow: ms(tops.filter(inWin)),
    cpuScriptWindow: ms(named(['RunMicrotasks'])),
    cpuCallbacksWindow: ms(named(['FunctionCall'])),
    cpuCommitPaintWindow: ms(named(['Commit', 'Paint', 'PaintImage', 'PrePaint', 'Layerize'])),
    cpuLayoutStyleWindow: ms(named(['Layout', 'UpdateLayoutTree'])),
  };
}
const rowsBy = { A: [], B: [] };
function summarize(p, r, row) {
  // profile times are in µs, monotonic; align to page time through the first sample of the window: use startTime + deltas.
  const nodes = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const doc = r.events.find((e) => e.method === 'Network.requestWillBeSent' && e.params.type === 'Document');
  const toPage = (us) => (us / 1e6 - doc.params.timestamp) * 1000 + (doc.params.wallTime * 1000 - r.origin);
  let t = p.startTime;
  const from = row.firstSlotMsg - 5, to = row.lastRendered + 5;
  const selfBy = new Map(), fileBy = new Map(), topBy = new Map();
  for (let i = 0; i < p.samples.length; i++) {
    t += p.timeDeltas[i];
    const at = toPage(t);
    if (at < from || at > to) continue;
    const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
    const n = nodes.get(p.samples[i]);
    const cf = n.callFrame;
    const key = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}`;
    selfBy.set(key, (selfBy.get(key) ?? 0) + dt);
    const file = cf.url.split('/').pop() || cf.functionName;
    fileBy.set(file, (fileBy.get(file) ?? 0) + dt);
    // which weft function is on the stack (closest)
    let id = n.id, w = null;
    while (id !== undefined) { const c = nodes.get(id).callFrame; if (c.url.includes('/_weft/') && !c.url.includes('/lib/')) { w = `${c.functionName} ${c.url.split('/').pop()}`; break; } id = parent.get(id); }
    topBy.set(w ?? '(none)', (topBy.get(w ?? '(none)') ?? 0) + dt);
  }
  const top = (m, k) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([a, b]) => `${b.toFixed(1).padStart(7)}  ${a}`).join('\n');
  console.error(`--- profile window ${from.toFixed(0)}..${to.toFixed(0)} ms\nby file:\n${top(fileBy, 12)}\nby weft fn on stack:\n${top(topBy, 15)}\nself:\n${top(selfBy, 25)}`);
}
for (let i = -1; i < runs; i++) for (const variant of (PATCHED.length ? ['A', 'B'] : ['A'])) {
  const r = await load(variant);
  if (i < 0) continue;
  const rows = rowsBy[variant];
  const origin = r.origin;
  // CDP monotonic seconds -> page ms, through the document request's wallTime.
  const doc = r.events.find((e) => e.method === 'Network.requestWillBeSent' && e.params.type === 'Document');
  const toPage = (ts) => (ts - doc.params.timestamp) * 1000 + (doc.params.wallTime * 1000 - origin);
  const log = r.log;
  const first = (what, f = () => true) => log.find((e) => e.what === what && f(e))?.at;
  const last = (what, f = () => true) => log.filter((e) => e.what === what && f(e)).at(-1)?.at;
  const msgs = log.filter((e) => e.what === 'ws.msg');
  const running = msgs.filter((m) => m.type === 'status' && m.state === 'running');
  const slotMsgs = msgs.filter((m) => m.type === 'slot' && ['revenue', 'orders', 'visitors'].includes(m.slot));
  const finished = msgs.filter((m) => m.type === 'status' && (m.state === 'done' || m.state === 'failed'));
  const wsCreated = r.events.find((e) => e.method === 'Network.webSocketCreated');
  const wsFrames = r.events.filter((e) => e.method === 'Network.webSocketFrameReceived');
  const ech = r.res.find((e) => e.name.includes('echarts'));
  const row = {
    navResponseStart: r.nav.responseStart,
    navResponseEnd: r.nav.responseEnd,
    runsStartedServer: Math.min(...finished.filter((m) => m.slot !== 'intro').map((m) => m.started - origin)),
    DOMContentLoaded: first('DOMContentLoaded'),
    wsNew: first('ws.new'),
    wsOpen: first('ws.open'),
    helloSent: first('ws.send', (e) => e.type === 'hello'),
    welcome: first('ws.msg', (e) => e.type === 'welcome'),
    echartsResp: ech?.end,
    librariesReady: first('libraries.ready'),
    runsEndServer: Math.max(...finished.filter((m) => m.slot !== 'intro').map((m) => (m.ended ?? NaN) - origin)),
    firstSlotFrameCdp: wsFrames.length ? toPage(wsFrames.filter((f) => f.params.response.payloadData.includes('line_chart')).map((f) => f.params.timestamp)[0] ?? NaN) : NaN,
    lastSlotMsg: Math.max(...slotMsgs.map((m) => m.at)),
    firstSlotMsg: Math.min(...slotMsgs.map((m) => m.at)),
    lastChartNode: last('chart.node'),
    firstRendered: first('rendered'),
    lastRendered: last('rendered'),
    drawSpan: NaN,
    renderedAfterRunsEnd: NaN,
    gens: slotMsgs.map((m) => m.gen).join(','),
  };
  Object.assign(row, cpu(r.trace, toPage, row.firstSlotFrameCdp - 1, row.lastRendered + 1));
  row.drawSpan = row.lastRendered - row.firstSlotMsg;
  row.renderedAfterRunsEnd = row.lastRendered - row.runsEndServer;
  rows.push(row);
  if (r.profile) summarize(r.profile, r, row);
  if (process.env.MARKS) console.log(variant, 'marks', r.marks.map(([n, t]) => `${n}@${t}`).join(' '));
}
const keys = Object.keys(rowsBy.A[0]);
const median = (xs) => { const s = xs.filter(Number.isFinite).sort((a, b) => a - b); return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN; };
for (const [v, rows] of Object.entries(rowsBy)) {
  if (!rows.length) continue;
  console.log(`== variant ${v} (${v === 'B' ? 'patched: ' + PATCHED.join(',') : 'as served'}), ${rows.length} loads; median, then each`);
  for (const k of keys) {
    if (k === 'gens') { console.log(k.padEnd(20), rows.map((r) => r[k]).join(' | ')); continue; }
    console.log(k.padEnd(20), String(Math.round(median(rows.map((r) => r[k])))).padStart(6), '  ', rows.map((r) => Math.round(r[k])).join(' '));
  }
}
cdp.close();
chrome.kill();
process.exit(0);

// Checks what an open tab shows when a saved edit does not compile, against a running `quarkus:dev` of
// examples/dashboard, with a real headless Chromium driven over the DevTools protocol: the tab shows
// the compiler's error (file and line) and "Reload failed", the error is logged once although the page
// stays open, and the next save that compiles reloads the tab. Restores the file afterwards.
//
// Run: node --experimental-websocket .ci/dev-problem-check.mjs http://localhost:8080/ \
//   examples/dashboard/src/main/java/dev/weft/examples/dashboard/ParallelDashboard.java <dev-mode log>
// Screenshots: /tmp/weft-dev-problem-broken.png and /tmp/weft-dev-problem-fixed.png.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [base, source, log] = process.argv.slice(2);
const PORT = 9300 + Math.floor(Math.random() * 600);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'weft-dev-problem-'));
const chrome = spawn('/usr/bin/chromium', ['--headless=new', '--no-sandbox', '--disable-gpu',
  `--remote-debugging-port=${PORT}`, `--user-data-dir=${profile}`, 'about:blank'], { stdio: 'ignore' });
let socket;
let lastId = 0;
const pending = new Map();

function call(method, params = {}) {
  return new Promise((resolve) => {
    const id = ++lastId;
    pending.set(id, resolve);
    socket.send(JSON.stringify({ id, method, params }));
  });
}

async function evaluate(expression) {
  const answer = await call('Runtime.evaluate', { expression, returnByValue: true });
  return answer.result?.result?.value;
}

async function until(expression, what, ms = 120_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const value = await evaluate(expression);
    if (value) return value;
    await sleep(250);
  }
  throw new Error(`Timed out waiting for ${what}`);
}

async function screenshot(file) {
  const answer = await call('Page.captureScreenshot', { format: 'png' });
  fs.writeFileSync(file, Buffer.from(answer.result.data, 'base64'));
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

const original = fs.readFileSync(source, 'utf8');
let failed = false;
try {
  let targets;
  for (let i = 0; i < 80 && !targets; i++) {
    try { targets = await (await fetch(`http://127.0.0.1:${PORT}/json/list`)).json(); } catch { await sleep(250); }
  }
  socket = new WebSocket(targets.find((target) => target.type === 'page').webSocketDebuggerUrl);
  await new Promise((resolve) => socket.addEventListener('open', resolve));
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(event.data);
    pending.get(message.id)?.(message);
    pending.delete(message.id);
  });
  await call('Emulation.setDeviceMetricsOverride', { width: 1100, height: 800, deviceScaleFactor: 1, mobile: false });
  await call('Page.navigate', { url: base });
  await until(`document.querySelector('.weft-conn')?.dataset.state === 'connected'`, 'the page to connect');

  const logStart = fs.readFileSync(log, 'utf8').length;
  const end = original.lastIndexOf('}');
  fs.writeFileSync(source, `${original.substring(0, end)}\n    void broken( {}\n}\n`);
  const line = original.substring(0, end).split('\n').length + 1;
  const where = `${path.basename(source)}:${line}`;
  const shown = await until(
    `[...document.querySelectorAll('[data-code="dev_problem"] pre')].map((p) => p.textContent)`
      + `.find((text) => text.includes(${JSON.stringify(where)}))`,
    `the tab to show the error at ${where}`);
  check(await evaluate(`document.querySelector('.weft-conn')?.textContent.trim()`) === 'Reload failed',
    'the connection label does not say the reload failed');
  check(!/\u001b/.test(shown), `the error shows terminal colour codes: ${shown}`);
  await sleep(10_000); // an open page pinging every second would have compiled the file again by now
  await screenshot('/tmp/weft-dev-problem-broken.png');
  const logged = (fs.readFileSync(log, 'utf8').substring(logStart).match(/Compilation Failed/g) ?? []).length;
  check(logged === 1, `the compile error was logged ${logged} times in 10 s, not once`);

  fs.writeFileSync(source, original);
  await until(`!document.querySelector('[data-code="dev_problem"]')`
      + ` && document.querySelector('.weft-conn')?.dataset.state === 'connected'`, 'the tab to reload after the fix');
  await screenshot('/tmp/weft-dev-problem-fixed.png');
  console.log(`Dev problem OK: the tab showed the error at ${where}, it was logged once, and the fix reloaded the tab.`);
} catch (e) {
  failed = true;
  console.error(e.message);
} finally {
  fs.writeFileSync(source, original);
  // Chromium may still write to its profile while it exits: wait for it, and never fail on the clean-up.
  const exited = new Promise((resolve) => chrome.once('exit', resolve));
  chrome.kill();
  await Promise.race([exited, sleep(5_000)]);
  try {
    fs.rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  } catch (e) {
    console.warn(`Could not remove ${profile}: ${e.message}`);
  }
  process.exitCode = failed ? 1 : 0;
}

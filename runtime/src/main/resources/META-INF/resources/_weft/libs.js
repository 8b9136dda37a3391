// The third-party libraries, from the page's import map. They load while the socket connects and the
// first fragments run: a static import would hold back the connection until ECharts had been
// fetched and parsed. Messages wait for them (connection.js). `echarts` is Weft's reduced build (the
// series and components Weft draws, built with the runtime); a chart passed through with anything
// else loads the full build, `echarts/full`, once (fullEcharts).

import { showBanner } from './frame.js';
import { state } from './state.js';

export let echarts;
export let marked;
export let DOMPurify;

export const librariesReady = Promise.all([load('echarts'), load('marked'), load('dompurify')]).then(
  ([echartsModule, markedModule, purifyModule]) => {
    echarts = echartsModule;
    marked = markedModule.marked;
    DOMPurify = purifyModule.default;
    DOMPurify.addHook('afterSanitizeAttributes', openLinksInNewTab);
    DOMPurify.addHook('afterSanitizeAttributes', focusableCode);
    state.libraries = 'ready';
  },
);
librariesReady.catch(async (error) => {
  state.libraries = 'failed';
  console.error('[weft] could not load the chart and Markdown libraries', error);
  showBanner('assets', await failure(error));
});

let full;

/** ECharts' full build, loaded on first use: for charts passed through that the reduced build cannot draw. */
export function fullEcharts() {
  full ??= load('echarts/full');
  return full;
}

/** The library `name` of the import map, with its name on the error if it cannot be loaded. */
function load(name) {
  return import(name).catch((cause) => {
    throw Object.assign(new Error(`${name}: ${cause?.message ?? cause}`, { cause }), { library: name });
  });
}

/**
 * What the banner says when a library failed: which one, and whose problem it is. Asking the server
 * for it again tells a page the server cannot serve (a 404: the app was built or deployed wrongly)
 * from a connection that dropped.
 */
async function failure(error) {
  const name = error?.library;
  const url = name ? resolve(name) : null;
  if (!url) {
    return `The page's libraries do not work together (${error?.message ?? error}). This is a problem on the server, `
      + 'not with your connection: tell whoever runs this app.';
  }
  let status;
  try {
    status = (await fetch(url, { method: 'HEAD', cache: 'no-store' })).status;
  } catch {
    return `The page could not load its library ${name}: the server did not answer. Check the connection and `
      + 'reload the page.';
  }
  const problem = status === 200 ? `it does not run in this page: ${error.cause?.message ?? error.message}` : `HTTP ${status}`;
  return `The page could not load its library ${name} from ${url} (${problem}). This is a problem on the server, `
    + 'not with your connection: tell whoever runs this app.';
}

/** The URL the import map gives `name`, or null. */
function resolve(name) {
  try {
    return new URL(import.meta.resolve(name)).pathname;
  } catch {
    return null;
  }
}

// Links leave the app page in a new tab; DOMPurify has already removed javascript: URLs.
function openLinksInNewTab(node) {
  if (node.tagName === 'A' && node.hasAttribute('href') && !node.getAttribute('href').startsWith('#')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
}

// A code block may scroll sideways (a long line, a phone): keyboard users reach it with Tab and scroll
// it with the arrow keys (as on GitHub).
function focusableCode(node) {
  if (node.tagName === 'PRE') node.setAttribute('tabindex', '0');
}

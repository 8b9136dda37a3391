// The third-party libraries, from the page's import map. They load while the socket connects and the
// first fragments run: a static import would hold back the connection until ECharts (1 MB) had been
// fetched and parsed. Messages wait for them (connection.js).

import { showBanner } from './frame.js';
import { state } from './state.js';

export let echarts;
export let marked;
export let DOMPurify;

export const librariesReady = Promise.all([import('echarts'), import('marked'), import('dompurify')]).then(
  ([echartsModule, markedModule, purifyModule]) => {
    echarts = echartsModule;
    marked = markedModule.marked;
    DOMPurify = purifyModule.default;
    DOMPurify.addHook('afterSanitizeAttributes', openLinksInNewTab);
    DOMPurify.addHook('afterSanitizeAttributes', focusableCode);
    state.libraries = 'ready';
  },
);
librariesReady.catch((error) => {
  state.libraries = 'failed';
  console.error('[weft] could not load the chart and Markdown libraries', error);
  showBanner('assets', 'The page could not load its libraries. Check the connection and reload the page.');
});

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

// Data elements: the JSON viewer and the metric.

import { el } from '../dom.js';
import { defineElement } from '../registry.js';

const OPEN_DEPTH = 2; // levels shown expanded at first
const MAX_ITEMS = 200; // entries shown per object or array; the rest is summarized

defineElement('json', {
  render(element) {
    // No ARIA tree roles: the nodes are native <details>, which screen readers and keyboards know.
    const root = el('div', { class: 'weft-json' });
    root.append(jsonNode(null, element.value, 0));
    return root;
  },
});

/** One value: a leaf line, or a collapsible object or array (native <details>, so keyboard-usable). */
function jsonNode(key, value, depth) {
  const isArray = Array.isArray(value);
  if (value === null || typeof value !== 'object') {
    const line = el('div', { class: 'weft-json-line' });
    if (key !== null) line.append(keyLabel(key));
    line.append(leaf(value));
    return line;
  }
  const entries = isArray ? value.map((v, i) => [i, v]) : Object.entries(value);
  const details = el('details', { class: 'weft-json-node' });
  details.open = depth < OPEN_DEPTH;
  const summary = el('summary', {});
  if (key !== null) summary.append(keyLabel(key));
  summary.append(el('span', { class: 'weft-json-brace' }, isArray ? '[' : '{'),
    el('span', { class: 'weft-json-count' }, `${entries.length} ${isArray ? (entries.length === 1 ? 'item' : 'items') : (entries.length === 1 ? 'key' : 'keys')}`),
    el('span', { class: 'weft-json-brace weft-json-closed' }, isArray ? ']' : '}'));
  const body = el('div', { class: 'weft-json-body' });
  for (const [k, v] of entries.slice(0, MAX_ITEMS)) body.append(jsonNode(k, v, depth + 1));
  if (entries.length > MAX_ITEMS) body.append(el('div', { class: 'weft-json-more' }, `… ${entries.length - MAX_ITEMS} more`));
  details.append(summary, body, el('div', { class: 'weft-json-brace weft-json-end' }, isArray ? ']' : '}'));
  return details;
}

function keyLabel(key) {
  return el('span', { class: typeof key === 'number' ? 'weft-json-index' : 'weft-json-key' },
    typeof key === 'number' ? `${key}:` : `${JSON.stringify(key)}:`);
}

function leaf(value) {
  const type = value === null ? 'null' : typeof value;
  return el('span', { class: `weft-json-${type}` }, type === 'string' ? JSON.stringify(value) : String(value));
}

defineElement('metric', {
  render(element) {
    const box = el('div', { class: 'weft-metric' });
    box.append(el('div', { class: 'weft-metric-label' }, String(element.label ?? '')),
      el('div', { class: 'weft-metric-value' }, String(element.value ?? '')));
    if (typeof element.delta === 'string' && element.delta) {
      const down = element.direction === 'down';
      const color = element.color === 'off' ? 'off'
        : (element.color === 'inverse') !== down ? 'bad' : 'good';
      const delta = el('div', { class: 'weft-metric-delta', 'data-direction': down ? 'down' : 'up', 'data-color': color });
      delta.append(el('span', { class: 'weft-metric-arrow', 'aria-hidden': 'true' }, down ? '▼' : '▲'),
        el('span', {}, element.delta));
      box.append(delta);
    }
    return box;
  },
});

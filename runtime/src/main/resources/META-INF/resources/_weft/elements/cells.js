// A table's cells as their column's format shows them (docs/protocol.md, `table`). Numbers, money,
// percentages, dates and times come from the server already written in the user's locale and time
// zone (a page's `texts`, beside its values); this module draws the rest from the cell's value:
// links, images, progress bars, line and bar sparklines, check marks and tags. Nothing the server
// sends is ever read as HTML, and only http(s) links and http(s) or data: images are followed.

import { el } from '../dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const ALIGNS = ['left', 'center', 'right'];
/** Kinds whose cells line up on the right unless the column says otherwise. */
const RIGHT = new Set(['number', 'percent', 'money']);

/** The `td` of one cell: `value` from the page's rows, `text` from its texts (or undefined). */
export function cell(value, column, text) {
  const kind = column?.format?.kind ?? 'auto';
  const td = el('td', { 'data-kind': kind });
  const align = alignOf(column);
  if (align) td.dataset.align = align;
  if (Number.isFinite(column?.width)) td.style.maxWidth = `${column.width}px`;
  if (value === null || value === undefined) {
    if (kind !== 'check') td.append(empty());
    return td;
  }
  const draw = DRAW[kind];
  const content = draw ? draw(value, column.format, text) : null;
  if (content) {
    td.append(content);
  } else {
    td.append(typeof text === 'string' ? text : plain(value));
    if (typeof value === 'number') td.classList.add('weft-table-number');
  }
  if (typeof text === 'string' || typeof value === 'string') td.title = typeof text === 'string' ? text : value;
  return td;
}

/** How a column's cells and header line up: as it says, else numbers right and everything else left. */
export function alignOf(column) {
  if (ALIGNS.includes(column?.align)) return column.align;
  const kind = column?.format?.kind ?? 'auto';
  return RIGHT.has(kind) || ((kind === 'auto' || kind === 'text') && column?.type === 'number') ? 'right' : 'left';
}

function empty() {
  return el('span', { class: 'weft-table-null', 'aria-label': 'empty' }, '—');
}

/** A value as a plain cell shows it: whole numbers as they are, others to 12 significant digits. */
function plain(value) {
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return value.map((v) => (v === null ? '—' : plain(v))).join(', ');
  return String(value);
}

const safeLink = (url) => typeof url === 'string' && /^https?:\/\//i.test(url.trim());
const safeImage = (url) => typeof url === 'string' && (/^https?:\/\//i.test(url.trim()) || /^data:image\/(png|jpe?g|gif|webp|avif|svg\+xml);/i.test(url.trim()));

/** Renderers by kind: each returns the cell's content, or null to show the value as text. */
const DRAW = {
  link(value, format) {
    if (!safeLink(value)) return null;
    const label = typeof format.linkText === 'string' ? format.linkText : value;
    return el('a', { class: 'weft-cell-link', href: value.trim(), target: '_blank', rel: 'noopener noreferrer' }, label);
  },
  image(value) {
    if (!safeImage(value)) return null;
    return el('img', { class: 'weft-cell-image', src: value.trim(), alt: '', loading: 'lazy', decoding: 'async' });
  },
  progress(value, format, text) {
    if (typeof value !== 'number') return null;
    const min = Number.isFinite(format.min) ? format.min : 0;
    const max = Number.isFinite(format.max) ? format.max : 1;
    const share = Math.min(1, Math.max(0, (value - min) / (max - min)));
    const label = typeof text === 'string' ? text : plain(value);
    const bar = el('span', { class: 'weft-cell-progress', role: 'progressbar', 'aria-valuemin': String(min),
      'aria-valuemax': String(max), 'aria-valuenow': String(value), 'aria-valuetext': label },
    el('span', { class: 'weft-cell-progress-track' }, el('span', { class: 'weft-cell-progress-fill' })),
    el('span', { class: 'weft-cell-progress-text' }, label));
    bar.querySelector('.weft-cell-progress-fill').style.width = `${(share * 100).toFixed(1)}%`;
    return bar;
  },
  line_spark: (value) => spark(value, 'line'),
  bar_spark: (value) => spark(value, 'bar'),
  check(value) {
    const on = value === true || value === 'true';
    return el('span', { class: 'weft-cell-check', 'data-checked': String(on), role: 'img',
      'aria-label': on ? 'yes' : 'no' }, on ? '✓' : '');
  },
  tags(value) {
    const list = (Array.isArray(value) ? value : [value]).filter((v) => v !== null && v !== '');
    return el('span', { class: 'weft-cell-tags' }, ...list.map((tag) => {
      const text = plain(tag);
      return el('span', { class: 'weft-cell-tag', 'data-hue': String(hue(text)) }, text);
    }));
  },
};

/** One of eight tag colours, the same for the same text on every page. */
function hue(text) {
  let h = 0;
  for (const c of text) h = (h * 31 + c.codePointAt(0)) >>> 0;
  return h % 8;
}

/** A small inline chart of the cell's numbers (nulls are gaps): a line with its last point, or bars from zero. */
function spark(value, shape) {
  const values = (Array.isArray(value) ? value : []).map((v) => (typeof v === 'number' && Number.isFinite(v) ? v : null));
  const numbers = values.filter((v) => v !== null);
  if (numbers.length === 0) return null;
  const W = 96; const H = 24; const P = 2;
  const svg = document.createElementNS(SVG, 'svg');
  for (const [k, v] of Object.entries({ class: `weft-cell-spark weft-cell-spark-${shape}`, viewBox: `0 0 ${W} ${H}`,
    width: String(W), height: String(H), role: 'img',
    'aria-label': `${numbers.length} values from ${Math.min(...numbers)} to ${Math.max(...numbers)}` })) {
    svg.setAttribute(k, v);
  }
  const add = (tag, attrs) => {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    svg.append(node);
    return node;
  };
  if (shape === 'bar') {
    const lo = Math.min(0, ...numbers); const hi = Math.max(0, ...numbers);
    const span = hi - lo || 1;
    const step = (W - 2 * P) / values.length;
    const y = (v) => H - P - ((v - lo) / span) * (H - 2 * P);
    values.forEach((v, i) => {
      if (v === null) return;
      const top = Math.min(y(v), y(0)); const height = Math.max(1, Math.abs(y(v) - y(0)));
      add('rect', { x: (P + i * step + step * 0.15).toFixed(2), y: top.toFixed(2), width: Math.max(1, step * 0.7).toFixed(2),
        height: height.toFixed(2), rx: 1, 'data-negative': String(v < 0) });
    });
    return svg;
  }
  const lo = Math.min(...numbers); const hi = Math.max(...numbers);
  const span = hi - lo || 1;
  const x = (i) => (values.length === 1 ? W / 2 : P + (i / (values.length - 1)) * (W - 2 * P));
  const y = (v) => (hi === lo ? H / 2 : H - P - 1 - ((v - lo) / span) * (H - 2 * P - 2));
  let d = ''; let pen = false; let last = null;
  values.forEach((v, i) => {
    if (v === null) { pen = false; return; }
    d += `${pen ? 'L' : 'M'}${x(i).toFixed(2)} ${y(v).toFixed(2)}`;
    pen = true;
    last = [x(i), y(v)];
  });
  add('path', { d, fill: 'none', 'stroke-width': 1.5, 'stroke-linejoin': 'round', 'stroke-linecap': 'round' });
  if (last) add('circle', { cx: last[0].toFixed(2), cy: last[1].toFixed(2), r: 2 });
  return svg;
}

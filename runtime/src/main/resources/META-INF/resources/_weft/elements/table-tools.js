// The tools around a table (elements/table.js): the title bar with its search box and export
// buttons, and a filter control in each column's header. They only change what the table asks the
// server for; every search, filter and export runs on the server over all rows (docs/protocol.md).

import { el } from '../dom.js';

const DEBOUNCE_MS = 250;

/** The bar above a table: title, search box, export buttons; returns null when the table has none of them. */
export function toolbar(table, { onSearch, onExport }) {
  const bar = el('div', { class: 'weft-table-bar' });
  // The title names the table (its aria-label) rather than being a heading: a heading's level would
  // depend on the headings the app draws before it, which the table cannot know.
  const title = el('div', { class: 'weft-table-title' });
  const tools = el('div', { class: 'weft-table-tools' });
  const search = el('input', {
    type: 'search', class: 'weft-table-search', placeholder: 'Search', 'aria-label': 'Search the table',
    maxlength: '200', spellcheck: 'false', autocomplete: 'off',
  });
  const searchBox = el('label', { class: 'weft-table-searchbox' },
    el('span', { class: 'weft-table-search-icon', 'aria-hidden': 'true' }), search);
  let timer = null;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => onSearch(search.value), DEBOUNCE_MS);
  });
  search.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') { clearTimeout(timer); onSearch(search.value); }
  });
  const exports = el('div', { class: 'weft-table-exports', role: 'group', 'aria-label': 'Download' });
  for (const [format, text] of [['csv', 'CSV'], ['xlsx', 'Excel']]) {
    const button = el('button', { type: 'button', class: 'weft-table-export', 'data-format': format,
      title: `Download the ${format === 'csv' ? 'CSV' : 'Excel workbook'} of every row shown by the search and filters` },
    el('span', { class: 'weft-table-download-icon', 'aria-hidden': 'true' }), text);
    button.addEventListener('click', () => onExport(format));
    exports.append(button);
  }
  tools.append(searchBox, exports);
  bar.append(title, tools);
  return {
    node: bar,
    apply(element) {
      title.textContent = typeof element.label === 'string' ? element.label : '';
      title.hidden = !title.textContent;
      searchBox.hidden = element.search !== true;
      exports.hidden = element.export !== true;
      bar.hidden = title.hidden && searchBox.hidden && exports.hidden;
    },
    get search() { return search; },
    exportButtons: () => [...exports.querySelectorAll('button')],
  };
}

/**
 * A column header's filter: a button that opens a small panel with a text box (contains), a from–to
 * pair (range: numbers or dates), or a list of check boxes (values). `onChange(filter | null)` gets
 * the column's filter as the protocol's `filters` entry.
 */
export function filterControl(column, current, onChange) {
  const kind = column.filter;
  const wrap = el('div', { class: 'weft-table-filter' });
  const label = String(column.label ?? column.name);
  const toggle = el('button', { type: 'button', class: 'weft-table-filter-toggle', 'aria-haspopup': 'dialog',
    'aria-expanded': 'false', 'aria-label': `Filter ${label}`, title: `Filter ${label}` },
  el('span', { class: 'weft-table-funnel', 'aria-hidden': 'true' }));
  const panel = el('div', { class: 'weft-table-filter-panel', role: 'dialog', 'aria-label': `Filter ${label}` });
  panel.hidden = true;
  let timer = null;
  const emit = (filter, now = false) => {
    toggle.dataset.active = String(filter !== null);
    clearTimeout(timer);
    if (now) onChange(filter);
    else timer = setTimeout(() => onChange(filter), DEBOUNCE_MS);
  };
  const name = String(column.name);
  if (kind === 'range') {
    const type = column.type === 'date' ? 'date' : column.type === 'datetime' ? 'datetime-local'
      : column.type === 'time' ? 'time' : 'number';
    const min = el('input', { type, class: 'weft-table-filter-min', 'aria-label': `${label} from`, placeholder: 'from', step: type === 'number' ? 'any' : '1' });
    const max = el('input', { type, class: 'weft-table-filter-max', 'aria-label': `${label} to`, placeholder: 'to', step: type === 'number' ? 'any' : '1' });
    if (current) { min.value = current.min ?? ''; max.value = current.max ?? ''; }
    const read = (input) => (input.value === '' ? null : type === 'number' ? Number(input.value) : input.value);
    const changed = () => {
      const lo = read(min); const hi = read(max);
      emit(lo === null && hi === null ? null : { column: name, op: 'range', min: lo, max: hi });
    };
    min.addEventListener('input', changed);
    max.addEventListener('input', changed);
    panel.append(el('div', { class: 'weft-table-filter-range' }, min, el('span', { 'aria-hidden': 'true' }, '–'), max));
  } else if (kind === 'values') {
    const choices = Array.isArray(column.choices) ? column.choices : [];
    const picked = new Set(current?.values?.map((v) => JSON.stringify(v)) ?? []);
    const list = el('div', { class: 'weft-table-filter-values', role: 'group', 'aria-label': `${label} values` });
    for (const choice of choices) {
      const box = el('input', { type: 'checkbox' });
      box.checked = picked.has(JSON.stringify(choice));
      box.addEventListener('change', () => {
        if (box.checked) picked.add(JSON.stringify(choice)); else picked.delete(JSON.stringify(choice));
        emit(picked.size === 0 ? null : { column: name, op: 'values', values: [...picked].map((v) => JSON.parse(v)) }, true);
      });
      list.append(el('label', { class: 'weft-table-filter-value' }, box,
        el('span', {}, choice === null ? '(empty)' : String(choice))));
    }
    panel.append(list);
  } else {
    const text = el('input', { type: 'search', class: 'weft-table-filter-text', placeholder: 'contains…',
      'aria-label': `${label} contains`, maxlength: '200', spellcheck: 'false' });
    if (current) text.value = current.text ?? '';
    text.addEventListener('input', () => emit(text.value === '' ? null : { column: name, op: 'contains', text: text.value }));
    panel.append(text);
  }
  const clear = el('button', { type: 'button', class: 'weft-table-filter-clear' }, 'Clear');
  clear.addEventListener('click', () => {
    for (const input of panel.querySelectorAll('input')) {
      if (input.type === 'checkbox') input.checked = false; else input.value = '';
    }
    emit(null, true);
  });
  panel.append(clear);
  const close = () => { panel.hidden = true; toggle.setAttribute('aria-expanded', 'false'); };
  toggle.addEventListener('click', (e) => {
    e.stopPropagation();
    const open = panel.hidden;
    for (const other of document.querySelectorAll('.weft-table-filter-panel:not([hidden])')) other.hidden = true;
    panel.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    if (open) {
      place(panel, toggle);
      panel.querySelector('input')?.focus();
    }
  });
  panel.addEventListener('click', (e) => e.stopPropagation());
  panel.addEventListener('keydown', (e) => { if (e.key === 'Escape') { close(); toggle.focus(); } });
  toggle.dataset.active = String(Boolean(current));
  wrap.append(toggle, panel);
  return { node: wrap, close };
}

/** Puts an open panel under its button, inside the window. */
function place(panel, toggle) {
  const button = toggle.getBoundingClientRect();
  const width = panel.offsetWidth;
  panel.style.top = `${Math.round(button.bottom + 6)}px`;
  panel.style.left = `${Math.round(Math.max(8, Math.min(button.right - width, window.innerWidth - width - 8)))}px`;
}

function closeAll() {
  for (const panel of document.querySelectorAll('.weft-table-filter-panel:not([hidden])')) {
    panel.hidden = true;
    panel.parentElement?.querySelector('.weft-table-filter-toggle')?.setAttribute('aria-expanded', 'false');
  }
}

// A click anywhere else, a scroll of the page or a resize closes an open filter panel.
document.addEventListener('click', closeAll);
window.addEventListener('resize', closeAll);
document.addEventListener('scroll', (e) => {
  if (!(e.target instanceof Element && e.target.closest('.weft-table-filter-panel'))) closeAll();
}, true);

/** Starts the download of a ready export. */
export function download(url) {
  const link = el('a', { href: url, download: '', hidden: '' });
  document.body.append(link);
  link.click();
  link.remove();
}

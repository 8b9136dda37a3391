// Tables: the server keeps every row and sends the first page with the element; the browser asks
// for other pages, sorted, searched and filtered as the user picked, with `table` messages and draws
// the `table_page` answers (docs/protocol.md). A table keeps its node, sort, search, filters and page
// across reruns while one is drawn in the same place; a rerun's new rows are then asked for in the
// user's view. Each row carries its key (`tr[data-key]`, JSON) for selection and editing. The search
// box, filters and export buttons are in table-tools.js; selecting rows, cells or columns is in
// table-select.js.

import { el } from '../dom.js';
import { defineElement, defineMessage } from '../registry.js';
import { state } from '../state.js';
import { send } from '../transport.js';
import { attachSelect } from './table-select.js';
import { alignOf, cell } from './cells.js';
import { editApply, editRows } from './table-edit.js';
import { download, filterControl, toolbar } from './table-tools.js';

/** `${slot}\n${table id}` -> node, for the answers. */
const shown = new Map();
const key = (slot, id) => `${slot}\n${id}`;
let requests = 0;

defineElement('table', {
  render(element, ctx) {
    const node = el('div', { class: 'weft-table', 'data-state': 'ready' });
    const head = el('tr');
    const body = el('tbody');
    const scroll = el('div', { class: 'weft-table-scroll', tabindex: '0' },
      el('table', {}, el('thead', {}, head), body));
    const count = el('span', { class: 'weft-table-count', 'aria-live': 'polite' });
    const error = el('div', { class: 'weft-table-error', role: 'alert' });
    error.hidden = true;
    const pager = el('nav', { class: 'weft-table-pager', 'aria-label': 'Table pages' });
    const buttons = {};
    for (const [go, label, text] of [['first', 'First page', '«'], ['prev', 'Previous page', '‹'], ['page', null, ''],
      ['next', 'Next page', '›'], ['last', 'Last page', '»']]) {
      buttons[go] = go === 'page'
        ? el('span', { class: 'weft-table-page', 'aria-live': 'polite' })
        : el('button', { type: 'button', class: 'weft-table-go', 'data-go': go, 'aria-label': label, title: label }, text);
      pager.append(buttons[go]);
    }
    const table = { slot: ctx.slot.id, id: null, gen: null, element: null, sort: null, desc: false, page: 0,
      pages: 1, total: 0, all: 0, search: '', filters: new Map(), wanted: null, exporting: null,
      head, body, count, error, buttons, node, tools: null };
    table.tools = toolbar(table, {
      onSearch: (text) => request(table, 0, table.sort, table.desc, { search: text.trim() }),
      onExport: (format) => exportRows(table, format),
    });
    node.append(table.tools.node, error, scroll, el('div', { class: 'weft-table-footer' }, count, pager));
    node.weftTable = table;
    table.select = attachSelect(table);
    pager.addEventListener('click', (e) => {
      const go = e.target.closest('[data-go]')?.dataset.go;
      if (!go) return;
      const last = table.pages - 1;
      const page = { first: 0, prev: table.page - 1, next: table.page + 1, last }[go];
      request(table, Math.min(last, Math.max(0, page)), table.sort, table.desc);
    });
    head.addEventListener('click', (e) => {
      if (!e.target.closest('.weft-table-sort')) return;
      const column = e.target.closest('th[data-column]').dataset.column;
      // None → ascending → descending → none, as the header's aria-sort tells.
      if (table.sort !== column) request(table, 0, column, false);
      else if (!table.desc) request(table, 0, column, true);
      else request(table, 0, null, false);
    });
    ctx.cleanup(node, () => {
      if (shown.get(key(table.slot, table.id)) === node) shown.delete(key(table.slot, table.id));
    });
    apply(table, element, ctx);
    return node;
  },
  update(node, element, previous, ctx) {
    apply(node.weftTable, element, ctx);
    return true;
  },
});

/** Shows a (new) table element: its header and first page, or, if the user changed the view, asks for that view. */
function apply(table, element, ctx) {
  if (table.id !== null && shown.get(key(table.slot, table.id)) === table.node) shown.delete(key(table.slot, table.id));
  table.id = String(element.id ?? '');
  table.gen = ctx.gen;
  table.element = element;
  shown.set(key(table.slot, table.id), table.node);
  const columns = Array.isArray(element.columns) ? element.columns : [];
  table.columns = columns;
  table.total = Number.isFinite(element.total) ? element.total : 0;
  table.all = table.total;
  table.pageSize = Number.isFinite(element.pageSize) && element.pageSize > 0 ? element.pageSize : 20;
  table.pages = Math.max(1, Math.ceil(table.total / table.pageSize));
  const names = new Set(columns.map((c) => String(c?.name ?? '')));
  if (table.sort !== null && !names.has(table.sort)) table.sort = null;
  for (const name of [...table.filters.keys()]) if (!names.has(name) || element.filters !== true) table.filters.delete(name);
  if (element.search !== true) table.search = '';
  table.tools.apply(element);
  const grid = table.node.querySelector('table');
  if (typeof element.label === 'string' && element.label) grid.setAttribute('aria-label', element.label);
  else grid.removeAttribute('aria-label');
  if (table.tools.search.value.trim() !== table.search) table.tools.search.value = table.search;
  table.node.dataset.select = typeof element.select === 'string' ? element.select : 'none';
  table.head.replaceChildren(...columns.map((column, i) => header(table, column, i, element.filters === true)));
  table.select.apply(element, ctx);
  editApply(table, element);
  showError(table, typeof element.error === 'string' ? element.error : null);
  const page = Math.min(table.page, table.pages - 1);
  if (table.sort === null && page === 0 && !filtered(table)) {
    showRows(table, 0, null, false, element.rows, element.keys, table.total, table.total, element.texts);
  } else {
    request(table, page, table.sort, table.desc, { force: true });
  }
}

function header(table, column, i, filters) {
  const name = String(column?.name ?? '');
  const label = typeof column?.label === 'string' ? column.label : name;
  const th = el('th', { scope: 'col', 'data-column': name, 'data-type': String(column?.type ?? 'text') },
    el('div', { class: 'weft-table-th' },
      el('button', { type: 'button', class: 'weft-table-sort' }, label,
        el('span', { class: 'weft-table-arrow', 'aria-hidden': 'true' }))));
  th.dataset.index = String(i);
  if (Number.isFinite(column?.width)) th.style.width = th.style.minWidth = `${column.width}px`;
  th.dataset.align = alignOf(column);
  if (column?.pinned === true) th.dataset.pinned = 'true';
  if (filters && ['contains', 'range', 'values'].includes(column?.filter)) {
    const control = filterControl(column, table.filters.get(name), (filter) => {
      if (filter === null) table.filters.delete(name); else table.filters.set(name, filter);
      request(table, 0, table.sort, table.desc, { force: true });
    });
    th.querySelector('.weft-table-th').append(control.node);
  }
  return th;
}

const filtered = (table) => table.search !== '' || table.filters.size > 0;

function view(table) {
  return { search: table.search === '' ? null : table.search, filters: [...table.filters.values()] };
}

/** Shows that view of the table, asking the server for it; `force` even if it is the one shown (new rows, a new filter). */
function request(table, page, sort, desc, { force = false, search } = {}) {
  if (search !== undefined) {
    if (search === table.search && !force) return;
    table.search = search;
    force = true;
  }
  if (!force && page === table.page && sort === table.sort && desc === table.desc && table.node.dataset.state === 'ready') return;
  if (sort === null && page === 0 && !filtered(table) && Array.isArray(table.element?.rows)) {
    table.wanted = null;
    // The first page came with the element.
    showRows(table, 0, null, false, table.element.rows, table.element.keys, table.element.total, table.element.total,
      table.element.texts);
    return;
  }
  const req = ++requests;
  table.wanted = { page, sort, desc, req };
  table.node.dataset.state = 'loading';
  if (!send({ type: 'table', slot: table.slot, table: table.id, gen: table.gen, page, sort, desc, req, ...view(table) })) {
    table.node.dataset.state = 'ready'; // offline: nothing changes until the user tries again
    table.wanted = null;
  }
}

function exportRows(table, format) {
  const req = ++requests;
  table.exporting = req;
  for (const button of table.tools.exportButtons()) button.dataset.busy = String(button.dataset.format === format);
  if (!send({ type: 'table_export', slot: table.slot, table: table.id, gen: table.gen, format, sort: table.sort,
    desc: table.desc, req, ...view(table) })) {
    doneExporting(table);
  }
}

function doneExporting(table) {
  table.exporting = null;
  for (const button of table.tools.exportButtons()) delete button.dataset.busy;
}

function showRows(table, page, sort, desc, rows, keys, total, all, texts) {
  table.page = page;
  table.sort = sort;
  table.desc = desc;
  table.total = total;
  table.all = all;
  table.pages = Math.max(1, Math.ceil(total / table.pageSize));
  showError(table, null);
  const list = Array.isArray(rows) ? rows : [];
  const keyList = Array.isArray(keys) ? keys : [];
  const textList = Array.isArray(texts) ? texts : [];
  if (list.length === 0) {
    table.body.replaceChildren(el('tr', { class: 'weft-table-empty-row' },
      el('td', { class: 'weft-table-empty', colspan: String(Math.max(1, table.columns.length)) },
        filtered(table) ? 'No rows match the search and filters.' : 'No rows.')));
  } else {
    table.body.replaceChildren(...list.map((row, r) => {
      const line = Array.isArray(textList[r]) ? textList[r] : [];
      const tr = el('tr', {}, ...table.columns.map((column, i) => cell(Array.isArray(row) ? row[i] : undefined, column, line[i])));
      if (r < keyList.length) tr.dataset.key = JSON.stringify(keyList[r]);
      return tr;
    }));
  }
  for (const th of table.head.querySelectorAll('th[data-column]')) {
    const sorted = th.dataset.column === sort;
    th.setAttribute('aria-sort', sorted ? (desc ? 'descending' : 'ascending') : 'none');
    th.querySelector('.weft-table-arrow').textContent = sorted ? (desc ? '↓' : '↑') : '';
  }
  table.select.paint();
  editRows(table, list);
  pin(table);
  table.count.textContent = countText(table, page);
  table.buttons.page.textContent = `Page ${(page + 1).toLocaleString('en-US')} of ${table.pages.toLocaleString('en-US')}`;
  table.buttons.first.disabled = table.buttons.prev.disabled = page === 0;
  table.buttons.next.disabled = table.buttons.last.disabled = page >= table.pages - 1;
  table.node.querySelector('.weft-table-pager').hidden = table.pages <= 1;
  Object.assign(table.node.dataset, { state: 'ready', page: String(page), sort: sort ?? '', desc: String(desc),
    total: String(total), filtered: String(filtered(table)) });
  state.tablePages = (state.tablePages ?? 0) + 1;
}

const n = (x) => x.toLocaleString('en-US');

function countText(table, page) {
  const { total, all, pageSize } = table;
  if (filtered(table)) return `${n(total)} of ${n(all)} ${all === 1 ? 'row' : 'rows'}`;
  if (total <= pageSize) return `${n(total)} ${total === 1 ? 'row' : 'rows'}`;
  const from = page * pageSize + 1;
  const to = Math.min(total, (page + 1) * pageSize);
  return `${n(from)}–${n(to)} of ${n(total)} rows`;
}

/** Pinned columns stay at the left while the table scrolls sideways: each sticks after the ones before it. */
function pin(table) {
  const heads = [...table.head.children];
  if (!heads.some((th) => th.dataset.pinned === 'true')) return;
  requestAnimationFrame(() => {
    let left = 0;
    const last = heads.findLastIndex((th) => th.dataset.pinned === 'true');
    heads.forEach((th, i) => {
      if (th.dataset.pinned !== 'true') return;
      th.style.left = `${left}px`;
      if (i === last) th.dataset.pinnedLast = 'true';
      for (const tr of table.body.children) {
        const td = tr.children[i];
        if (td) {
          td.dataset.pinned = 'true';
          td.style.left = `${left}px`;
          if (i === last) td.dataset.pinnedLast = 'true';
        }
      }
      left += th.getBoundingClientRect().width;
    });
  });
}

function showError(table, message) {
  table.error.hidden = message === null;
  table.error.textContent = message ?? '';
  if (message === null) delete table.node.dataset.error;
}

function answerFor(msg) {
  const table = shown.get(key(msg.slot, msg.table))?.weftTable;
  return table ?? null;
}

defineMessage('table_page', (msg) => {
  const table = answerFor(msg);
  const wanted = table?.wanted;
  // Only the answer to the latest request for the rows shown counts; a rerun's table asks again.
  if (!wanted || msg.gen !== table.gen || (Number.isFinite(msg.req) && msg.req !== wanted.req)
    || msg.page !== wanted.page || (msg.sort ?? null) !== wanted.sort || msg.desc !== wanted.desc) return;
  table.wanted = null;
  const total = Number.isFinite(msg.total) ? msg.total : table.total;
  showRows(table, msg.page, msg.sort ?? null, msg.desc === true, msg.rows, msg.keys, total,
    Number.isFinite(msg.all) ? msg.all : total, msg.texts);
});

defineMessage('table_export', (msg) => {
  const table = answerFor(msg);
  if (!table || table.exporting !== msg.req) return;
  doneExporting(table);
  if (typeof msg.url === 'string' && msg.url.startsWith('/_weft/export/')) download(msg.url);
});

defineMessage('table_error', (msg) => {
  const table = answerFor(msg);
  if (!table) return;
  if (Number.isFinite(msg.req) && msg.req === table.exporting) doneExporting(table);
  if (!Number.isFinite(msg.req) || msg.req === table.wanted?.req) table.wanted = null;
  table.node.dataset.state = 'ready';
  table.node.dataset.error = msg.code;
  showError(table, typeof msg.message === 'string' ? msg.message : 'The table could not be shown.');
});

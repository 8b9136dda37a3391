// Tables: the server keeps every row and sends the first page with the element; the browser asks
// for other pages, sorted as the user picked, with `table` messages and draws the `table_page`
// answers (docs/protocol.md). A table keeps its node, sort and page across reruns while one is drawn
// in the same place; a rerun's new rows are then asked for in the user's order.

import { el } from '../dom.js';
import { defineElement, defineMessage } from '../registry.js';
import { state } from '../state.js';
import { send } from '../transport.js';

/** `${slot}\n${table id}` -> node, for the answers. */
const shown = new Map();
const key = (slot, id) => `${slot}\n${id}`;

defineElement('table', {
  render(element, ctx) {
    const node = el('div', { class: 'weft-table', 'data-state': 'ready' });
    const head = el('tr');
    const body = el('tbody');
    const scroll = el('div', { class: 'weft-table-scroll', tabindex: '0' },
      el('table', {}, el('thead', {}, head), body));
    const count = el('span', { class: 'weft-table-count' });
    const pager = el('nav', { class: 'weft-table-pager', 'aria-label': 'Table pages' });
    const buttons = {};
    for (const [go, label, text] of [['first', 'First page', '«'], ['prev', 'Previous page', '‹'], ['page', null, ''],
      ['next', 'Next page', '›'], ['last', 'Last page', '»']]) {
      buttons[go] = go === 'page'
        ? el('span', { class: 'weft-table-page', 'aria-live': 'polite' })
        : el('button', { type: 'button', class: 'weft-table-go', 'data-go': go, 'aria-label': label, title: label }, text);
      pager.append(buttons[go]);
    }
    node.append(scroll, el('div', { class: 'weft-table-footer' }, count, pager));
    const table = { slot: ctx.slot.id, id: null, gen: null, element: null, sort: null, desc: false, page: 0,
      pages: 1, total: 0, wanted: null, head, body, count, buttons, node };
    node.weftTable = table;
    pager.addEventListener('click', (e) => {
      const go = e.target.closest('[data-go]')?.dataset.go;
      if (!go) return;
      const last = table.pages - 1;
      const page = { first: 0, prev: table.page - 1, next: table.page + 1, last }[go];
      request(table, Math.min(last, Math.max(0, page)), table.sort, table.desc);
    });
    head.addEventListener('click', (e) => {
      const th = e.target.closest('th[data-column]');
      if (!th) return;
      const column = th.dataset.column;
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

/** Shows a (new) table element: its header and first page, or, if the user sorted or paged, asks for that view. */
function apply(table, element, ctx) {
  if (table.id !== null && shown.get(key(table.slot, table.id)) === table.node) shown.delete(key(table.slot, table.id));
  table.id = String(element.id ?? '');
  table.gen = ctx.gen;
  table.element = element;
  shown.set(key(table.slot, table.id), table.node);
  const columns = Array.isArray(element.columns) ? element.columns : [];
  table.columns = columns;
  table.total = Number.isFinite(element.total) ? element.total : 0;
  table.pageSize = Number.isFinite(element.pageSize) && element.pageSize > 0 ? element.pageSize : 20;
  table.pages = Math.max(1, Math.ceil(table.total / table.pageSize));
  if (table.sort !== null && !columns.some((c) => c?.name === table.sort)) table.sort = null;
  table.head.replaceChildren(...columns.map((column, i) => {
    const name = String(column?.name ?? '');
    const th = el('th', { scope: 'col', 'data-column': name, 'data-type': String(column?.type ?? 'text') },
      el('button', { type: 'button', class: 'weft-table-sort' }, name, el('span', { class: 'weft-table-arrow', 'aria-hidden': 'true' })));
    th.dataset.index = String(i);
    return th;
  }));
  const page = Math.min(table.page, table.pages - 1);
  if (table.sort === null && page === 0) {
    showRows(table, 0, null, false, element.rows);
  } else {
    request(table, page, table.sort, table.desc, true);
  }
}

/** Shows that view of the table, asking the server for it; `force` even if it is the one shown (new rows). */
function request(table, page, sort, desc, force = false) {
  if (!force && page === table.page && sort === table.sort && desc === table.desc && table.node.dataset.state === 'ready') return;
  if (sort === null && page === 0 && Array.isArray(table.element?.rows)) {
    table.wanted = null;
    showRows(table, 0, null, false, table.element.rows); // the first page came with the element
    return;
  }
  table.wanted = { page, sort, desc };
  table.node.dataset.state = 'loading';
  if (!send({ type: 'table', slot: table.slot, table: table.id, gen: table.gen, page, sort, desc })) {
    table.node.dataset.state = 'ready'; // offline: nothing changes until the user tries again
    table.wanted = null;
  }
}

function showRows(table, page, sort, desc, rows) {
  table.page = page;
  table.sort = sort;
  table.desc = desc;
  const types = table.columns.map((c) => c?.type);
  table.body.replaceChildren(...(Array.isArray(rows) ? rows : []).map((row) => el('tr', {},
    ...table.columns.map((_, i) => cell(Array.isArray(row) ? row[i] : undefined, types[i])))));
  for (const th of table.head.children) {
    const sorted = th.dataset.column === sort;
    th.setAttribute('aria-sort', sorted ? (desc ? 'descending' : 'ascending') : 'none');
    th.querySelector('.weft-table-arrow').textContent = sorted ? (desc ? '↓' : '↑') : '';
  }
  const from = table.total === 0 ? 0 : page * table.pageSize + 1;
  const to = Math.min(table.total, (page + 1) * table.pageSize);
  table.count.textContent = table.total <= table.pageSize
    ? `${table.total.toLocaleString('en-US')} ${table.total === 1 ? 'row' : 'rows'}`
    : `${from.toLocaleString('en-US')}–${to.toLocaleString('en-US')} of ${table.total.toLocaleString('en-US')} rows`;
  table.buttons.page.textContent = `Page ${(page + 1).toLocaleString('en-US')} of ${table.pages.toLocaleString('en-US')}`;
  table.buttons.first.disabled = table.buttons.prev.disabled = page === 0;
  table.buttons.next.disabled = table.buttons.last.disabled = page >= table.pages - 1;
  table.node.querySelector('.weft-table-pager').hidden = table.pages <= 1;
  Object.assign(table.node.dataset, { state: 'ready', page: String(page), sort: sort ?? '', desc: String(desc) });
  state.tablePages = (state.tablePages ?? 0) + 1;
}

function cell(value, type) {
  if (value === null || value === undefined) return el('td', { class: 'weft-table-null' }, '—');
  if (typeof value === 'number') return el('td', { class: 'weft-table-number' }, formatNumber(value));
  if (typeof value === 'boolean') return el('td', { class: 'weft-table-boolean' }, value ? 'true' : 'false');
  return el('td', type === 'number' ? { class: 'weft-table-number' } : {}, String(value));
}

function formatNumber(n) {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(12)));
}

defineMessage('table_page', (msg) => {
  const node = shown.get(key(msg.slot, msg.table));
  const table = node?.weftTable;
  const wanted = table?.wanted;
  // Only the answer to the latest request for the rows shown counts; a rerun's table asks again.
  if (!wanted || msg.gen !== table.gen || msg.page !== wanted.page || (msg.sort ?? null) !== wanted.sort
    || msg.desc !== wanted.desc) return;
  table.wanted = null;
  if (Number.isFinite(msg.pages)) table.pages = msg.pages;
  showRows(table, msg.page, msg.sort ?? null, msg.desc === true, msg.rows);
});

defineMessage('table_error', (msg) => {
  const table = shown.get(key(msg.slot, msg.table))?.weftTable;
  if (!table) return;
  table.wanted = null;
  table.node.dataset.state = 'ready';
  table.node.dataset.error = msg.code;
});

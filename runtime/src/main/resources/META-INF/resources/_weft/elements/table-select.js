// Selecting in a table (elements/table.js) drawn with select(...): rows, cells or columns, single or
// multiple. A selection is a widget value: it goes to the server as a `widget` message with the
// table's `widget` id, by row KEY (never by place), so it survives paging, sorting, search and
// filters, and every page shows its selected rows. The server checks it against the rows it holds
// and reruns the fragment; the table it draws then carries `selected`, the selection as applied.
//
// Mouse: a click selects one row (cell, column) instead of the selection; Ctrl/Cmd-click adds or
// removes one; Shift-click selects the range from the last one clicked; a row's check box adds or
// removes it. Keyboard, with the table focused: arrow keys move the cursor, Space adds or removes the
// item under it, Enter selects it alone, Shift with an arrow or Space extends the range.

import { el } from '../dom.js';
import { defineMessage } from '../registry.js';
import { state } from '../state.js';
import { send } from '../transport.js';

/** `${slot}\n${widget id}` -> selection state, for refusals. */
const bySelection = new Map();

const FIELD = { row: 'rows', rows: 'rows', cell: 'cells', cells: 'cells', column: 'columns', columns: 'columns' };

/** Adds selection to a table (table.js's `table` object); returns the hooks table.js calls. */
export function attachSelect(table) {
  const s = { table, widget: null, mode: 'none', field: null, multi: false, disabled: false, items: new Map(),
    server: new Map(), slot: null, sentAtGen: -1, awaiting: false, anchor: null, cursor: { r: 0, c: 0 }, count: null };
  s.count = el('span', { class: 'weft-table-selected', 'aria-live': 'polite' });
  s.count.hidden = true;
  table.count.after(s.count);

  table.body.addEventListener('click', (e) => {
    if (!active(s)) return;
    const tr = e.target.closest('tr[data-key]');
    if (!tr) return;
    const r = [...table.body.children].indexOf(tr);
    const td = e.target.closest('td');
    const c = td ? cellIndex(td) : -1;
    if (s.field === 'columns') return;
    if (s.field === 'cells' && c < 0) return;
    s.cursor = { r, c: Math.max(0, c) };
    const how = e.target.closest('.weft-sel-check') ? 'toggle' : gesture(e);
    pick(s, how);
  });
  table.head.addEventListener('click', (e) => {
    if (!active(s) || s.field !== 'columns' || e.target.closest('.weft-table-sort, .weft-table-filter')) return;
    const th = e.target.closest('th[data-column]');
    if (!th) return;
    s.cursor = { r: 0, c: cellIndex(th) };
    pick(s, e.target.closest('.weft-sel-check') ? 'toggle' : gesture(e));
  });
  const scroll = table.node.querySelector('.weft-table-scroll');
  scroll.addEventListener('keydown', (e) => keyboard(s, e));
  // The cursor shows while the table has the focus.
  scroll.addEventListener('focus', () => { if (s.field) paint(s); });
  scroll.addEventListener('blur', () => { if (s.field) paint(s); });
  return {
    apply: (element, ctx) => apply(s, element, ctx),
    paint: () => paint(s),
    get state() { return s; },
  };
}

const active = (s) => s.field !== null && !s.disabled;

function gesture(e) {
  if (e.shiftKey) return 'range';
  if (e.ctrlKey || e.metaKey) return 'toggle';
  return 'only';
}

/** The index among the table's columns of a cell or header (the check box column is not one). */
function cellIndex(cell) {
  const row = [...cell.parentElement.children].filter((c) => !c.classList.contains('weft-sel-box'));
  return row.indexOf(cell);
}

/** A new table element: what it selects, its widget, and the selection as the server applied it. */
function apply(s, element, ctx) {
  s.slot = ctx.slot;
  const mode = typeof element.select === 'string' ? element.select : 'none';
  const field = FIELD[mode] ?? null;
  const widget = typeof element.widget === 'string' ? element.widget : null;
  if (s.widget !== null) bySelection.delete(`${s.table.slot}\n${s.widget}`);
  s.widget = field ? widget : null;
  s.field = s.widget ? field : null;
  s.mode = mode;
  s.multi = mode.endsWith('s');
  s.disabled = element.disabled === true;
  s.table.node.dataset.selectable = s.field ?? 'none';
  if (!s.field) { s.items.clear(); s.server.clear(); decorate(s); return; }
  bySelection.set(`${s.table.slot}\n${s.widget}`, s);
  const list = Array.isArray(element.selected?.[field]) ? element.selected[field] : [];
  s.server = new Map(list.map((item) => [id(s, item), item]));
  if (s.awaiting && sameItems(s.server, s.items)) s.awaiting = false;
  // A run that began before the user's last selection was sent does not show it: keep the user's
  // (the run for it is on its way, or an error will say it was refused).
  if (!s.awaiting || ctx.gen > s.sentAtGen) {
    s.awaiting = false;
    s.items = new Map(s.server);
  }
  s.table.node.querySelector('table').setAttribute('aria-multiselectable', String(s.multi));
  decorate(s);
}

/** The identity of a selected item: a row's key, a cell's key and column, a column's name, as text. */
function id(s, item) {
  return s.field === 'columns' ? String(item) : JSON.stringify(item);
}

/** The item under the cursor on the page shown, or null. */
function itemAt(s, r, c) {
  if (s.field === 'columns') {
    const name = s.table.columns[c]?.name;
    return name === undefined ? null : String(name);
  }
  const tr = s.table.body.children[r];
  if (!tr || tr.dataset.key === undefined) return null;
  const key = JSON.parse(tr.dataset.key);
  if (s.field === 'rows') return key;
  const name = s.table.columns[c]?.name;
  return name === undefined ? null : [key, String(name)];
}

/** Every item from the anchor to the cursor, on the page shown (rows, cells in reading order, or columns). */
function range(s, from, to) {
  const items = [];
  if (s.field === 'columns') {
    for (let c = Math.min(from.c, to.c); c <= Math.max(from.c, to.c); c++) items.push(itemAt(s, 0, c));
  } else if (s.field === 'rows') {
    for (let r = Math.min(from.r, to.r); r <= Math.max(from.r, to.r); r++) items.push(itemAt(s, r, 0));
  } else {
    for (let r = Math.min(from.r, to.r); r <= Math.max(from.r, to.r); r++) {
      for (let c = Math.min(from.c, to.c); c <= Math.max(from.c, to.c); c++) items.push(itemAt(s, r, c));
    }
  }
  return items.filter((item) => item !== null);
}

/** Changes the selection at the cursor: 'only' (that item alone), 'toggle', or 'range' from the anchor. */
function pick(s, how) {
  const item = itemAt(s, s.cursor.r, s.cursor.c);
  if (item === null) return;
  const key = id(s, item);
  const next = new Map(s.items);
  if (how === 'range' && s.multi && s.anchor) {
    for (const one of range(s, s.anchor, s.cursor)) next.set(id(s, one), one);
  } else if (how === 'toggle' && s.multi) {
    if (next.has(key)) next.delete(key); else next.set(key, item);
    s.anchor = { ...s.cursor };
  } else {
    const alone = next.size === 1 && next.has(key);
    next.clear();
    if (!alone) next.set(key, item);
    s.anchor = { ...s.cursor };
  }
  commit(s, next);
}

const sameItems = (a, b) => a.size === b.size && [...a.keys()].every((k) => b.has(k));

function commit(s, next) {
  const same = sameItems(next, s.items);
  s.items = next;
  paint(s);
  if (same) return;
  const message = { type: 'widget', slot: s.table.slot, id: s.widget, gen: s.table.gen,
    value: { [s.field]: [...next.values()] } };
  if (!send(message)) {
    console.warn('[weft] not connected; the selection in', s.widget, 'was not sent');
    s.items = new Map(s.server);
    paint(s);
    return;
  }
  state.sent++;
  state.lastSent = message;
  s.awaiting = true;
  s.sentAtGen = Math.max(s.table.gen ?? -1, s.slot?.runGen ?? -1); // the newest run known when sent
}

function keyboard(s, e) {
  if (!active(s) || e.target.closest('input, button, select, textarea')) return;
  const rows = s.table.body.querySelectorAll('tr[data-key]').length;
  const columns = s.table.columns.length;
  const moves = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
  if (moves[e.key]) {
    const [dr, dc] = moves[e.key];
    if ((s.field === 'rows' && dc !== 0) || (s.field === 'columns' && dr !== 0)) return;
    e.preventDefault();
    const before = { ...s.cursor };
    s.cursor = {
      r: Math.min(Math.max(0, rows - 1), Math.max(0, s.cursor.r + dr)),
      c: Math.min(Math.max(0, columns - 1), Math.max(0, s.cursor.c + dc)),
    };
    if (e.shiftKey && s.multi) {
      if (!s.anchor) s.anchor = before;
      const next = new Map(s.items);
      for (const one of range(s, s.anchor, s.cursor)) next.set(id(s, one), one);
      commit(s, next);
    } else {
      paint(s);
    }
  } else if (e.key === ' ' || e.key === 'Spacebar') {
    e.preventDefault();
    pick(s, e.shiftKey ? 'range' : 'toggle');
  } else if (e.key === 'Enter') {
    e.preventDefault();
    pick(s, 'only');
  } else if (e.key === 'Escape' && s.items.size > 0) {
    commit(s, new Map());
  }
}

/** Adds or removes the check box column (rows) and header check boxes (columns). */
function decorate(s) {
  for (const box of s.table.head.querySelectorAll('.weft-sel-box, .weft-sel-check')) box.remove();
  if (s.field === 'rows' && s.multi) {
    s.table.head.prepend(el('th', { class: 'weft-sel-box', scope: 'col' },
      el('span', { class: 'weft-sel-label' }, 'Selected')));
  } else if (s.field === 'rows') {
    s.table.head.prepend(el('th', { class: 'weft-sel-box', scope: 'col' }));
  } else if (s.field === 'columns') {
    for (const th of s.table.head.querySelectorAll('th[data-column]')) {
      th.querySelector('.weft-table-th').prepend(el('input', { type: 'checkbox', class: 'weft-sel-check',
        tabindex: '-1', 'aria-label': `Select column ${th.textContent.trim()}` }));
    }
  }
  paint(s);
}

/** Shows what is selected on the page shown, and the cursor. */
function paint(s) {
  const { table } = s;
  const on = s.field !== null;
  const rows = [...table.body.children];
  rows.forEach((tr, r) => {
    const key = tr.dataset.key;
    let box = tr.querySelector(':scope > .weft-sel-box');
    if (s.field === 'rows' && key !== undefined) {
      if (!box) {
        box = el('td', { class: 'weft-sel-box' }, el('input', { type: s.multi ? 'checkbox' : 'radio',
          class: 'weft-sel-check', tabindex: '-1', 'aria-label': 'Select row' }));
        tr.prepend(box);
      }
      const selected = s.items.has(key);
      box.firstChild.checked = selected;
      box.firstChild.disabled = s.disabled;
      tr.setAttribute('aria-selected', String(selected));
    } else {
      box?.remove();
      if (on && s.field !== 'rows' && key !== undefined) tr.removeAttribute('aria-selected');
      else if (!on) tr.removeAttribute('aria-selected');
    }
    const cells = [...tr.children].filter((td) => !td.classList.contains('weft-sel-box'));
    cells.forEach((td, c) => {
      let selected = null;
      if (s.field === 'cells' && key !== undefined) selected = s.items.has(JSON.stringify([JSON.parse(key), table.columns[c]?.name]));
      else if (s.field === 'columns') selected = s.items.has(String(table.columns[c]?.name));
      if (selected === null) td.removeAttribute('aria-selected'); else td.setAttribute('aria-selected', String(selected));
      td.classList.toggle('weft-sel-cursor', on && s.field !== 'rows' && r === s.cursor.r
        && c === s.cursor.c && table.node.contains(document.activeElement));
    });
    tr.classList.toggle('weft-sel-cursor', on && s.field === 'rows' && r === s.cursor.r
      && table.node.contains(document.activeElement));
  });
  for (const th of table.head.querySelectorAll('th[data-column]')) {
    const selected = s.field === 'columns' && s.items.has(th.dataset.column);
    if (s.field === 'columns') th.setAttribute('aria-selected', String(selected)); else th.removeAttribute('aria-selected');
    const check = th.querySelector('.weft-sel-check');
    if (check) { check.checked = selected; check.disabled = s.disabled; }
    th.classList.toggle('weft-sel-cursor', s.field === 'columns' && cellIndex(th) === s.cursor.c
      && table.node.contains(document.activeElement));
  }
  const n = s.items.size;
  s.count.hidden = !on || n === 0;
  s.count.textContent = n === 0 ? '' : `${n.toLocaleString('en-US')} ${noun(s, n)} selected`;
  table.node.dataset.selected = String(on ? n : 0);
}

function noun(s, n) {
  const one = { rows: 'row', cells: 'cell', columns: 'column' }[s.field];
  return n === 1 ? one : `${one}s`;
}

/**
 * A refused selection (connection.js hands every widget refusal here first): the server changed
 * nothing, so show its selection again and say why. Returns whether the refusal was a table's.
 */
defineMessage('table_select_error', (msg) => {
  const s = bySelection.get(`${msg.slot}\n${msg.id}`);
  if (!s || !s.table.node.isConnected) return false;
  s.awaiting = false;
  s.items = new Map(s.server);
  paint(s);
  s.table.error.hidden = false;
  s.table.error.textContent = typeof msg.message === 'string' ? msg.message : 'The selection was refused.';
  s.table.node.dataset.error = msg.code;
  return true;
});

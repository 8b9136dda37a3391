// The data editor (ui.dataEditor): a table (elements/table.js) whose element carries `editor` and, on
// each editable column, `edit` (text, int, number, bool, date, time, datetime, choice). A double click,
// Enter or F2 on a cell opens the input fitting its column; Enter or leaving the input sends the value
// as a `table_edit` message, Escape cancels. The server checks every edit; a refusal
// (`table_edit_error`) is shown in its cell with the server's message until that cell is edited
// again (or Escape is pressed on it), and an accepted one reruns the fragment, whose new rows show the edit (docs/protocol.md).
// Cells show as their column's format draws them (cells.js, with the page's `texts`); an input starts from the value.
// The arrow keys move between editable cells when none is being edited.
// Rows are added with the "Add row" button and deleted by ticking them and "Delete rows".

import { el } from '../dom.js';
import { defineMessage } from '../registry.js';
import { state } from '../state.js';
import { send } from '../transport.js';

/** `${slot}\n${widget}` -> table, for the refusals. */
const editors = new Map();
const editorKey = (slot, widget) => `${slot}\n${widget}`;
const cellKey = (key, column) => `${JSON.stringify(key)}\n${column}`;
let edits = 0;

/** table.js calls this for each element it shows: sets the table up as an editor, or as a plain table again. */
export function editApply(table, element) {
  const editor = element?.editor && typeof element.editor.widget === 'string' ? element.editor : null;
  if (table.edit?.widget && editors.get(editorKey(table.slot, table.edit.widget)) === table) {
    editors.delete(editorKey(table.slot, table.edit.widget));
  }
  if (!editor) {
    table.edit?.bar.remove();
    table.edit = null;
    delete table.node.dataset.editor;
    return;
  }
  if (!table.edit) {
    table.edit = { widget: null, bar: null, errors: new Map(), picked: new Set(), pending: new Map() };
    table.edit.bar = bar(table);
    table.node.append(table.edit.bar);
    table.body.addEventListener('dblclick', (e) => {
      const td = e.target.closest('td[data-edit]');
      if (td && !td.querySelector('.weft-edit-input')) open(table, td);
    });
    table.body.addEventListener('keydown', (e) => {
      const td = e.target.closest('td[data-edit]');
      if (!td || e.target !== td) return;
      if (e.key === 'Escape' && td.dataset.invalid === 'true') {
        // Dismisses a refusal: the cell shows its value again (the refused one was never applied).
        const row = td.closest('tr');
        clearRefused(table, td, `${row.dataset.key}\n${td.dataset.column}`);
        td.replaceChildren(...(td.weftShown ?? [td.dataset.value ?? '']));
        return;
      }
      const move = MOVES[e.key];
      if (move) {
        const next = neighbour(td, move[0], move[1]);
        if (next) next.focus();
        e.preventDefault();
        return;
      }
      if (e.key !== 'Enter' && e.key !== 'F2') return;
      e.preventDefault();
      open(table, td);
    });
    table.body.addEventListener('change', (e) => {
      const pick = e.target.closest('.weft-edit-pick');
      if (!pick) return;
      const key = pick.closest('tr').dataset.key;
      if (pick.checked) table.edit.picked.add(key); else table.edit.picked.delete(key);
      showPicked(table);
    });
  }
  const edit = table.edit;
  edit.widget = editor.widget;
  edit.disabled = editor.disabled === true;
  edit.add = editor.add === true;
  edit.delete = editor.delete === true;
  edit.changed = new Set((Array.isArray(editor.changed) ? editor.changed : [])
    .filter((pair) => Array.isArray(pair) && pair.length === 2).map(([key, column]) => cellKey(key, String(column))));
  edit.added = new Set((Array.isArray(editor.added) ? editor.added : []).map((key) => JSON.stringify(key)));
  edit.pending.clear();
  editors.set(editorKey(table.slot, edit.widget), table);
  table.node.dataset.editor = 'true';
  edit.addButton.hidden = !edit.add;
  edit.deleteButton.hidden = !edit.delete;
  if (edit.delete) {
    const th = el('th', { scope: 'col', class: 'weft-edit-pick-head', 'aria-label': 'Pick rows to delete' }, '');
    table.head.append(th);
  }
  showMessage(table, null);
}

/**
 * table.js calls this after drawing a page of rows (`rows`, the cells as sent): marks editable, edited,
 * refused and picked cells, and keeps each cell's value for its input.
 */
export function editRows(table, rows) {
  const edit = table.edit;
  if (!edit) return;
  const keys = new Set();
  [...table.body.children].forEach((tr, r) => {
    const key = tr.dataset.key;
    if (key === undefined) return;
    const cells = Array.isArray(rows?.[r]) ? rows[r] : [];
    keys.add(key);
    if (edit.added.has(key)) tr.dataset.added = 'true';
    [...tr.children].forEach((td, i) => {
      const column = table.columns[i];
      const name = String(column?.name ?? '');
      td.dataset.column = name;
      const value = cells[i];
      // The cell shows its value as the column's format draws it (cells.js); its input starts from the value.
      td.dataset.value = value === null || value === undefined ? '' : String(value);
      td.weftShown = [...td.childNodes];
      const id = `${key}\n${name}`;
      if (edit.changed.has(id)) td.dataset.edited = 'true';
      if (typeof column?.edit === 'string' && !edit.disabled) {
        td.dataset.edit = column.edit;
        td.tabIndex = 0;
        td.title = 'Double-click or press Enter to edit';
      }
      const refused = edit.errors.get(id);
      if (refused) showRefused(td, refused.text, refused.message);
    });
    if (edit.delete) {
      const pick = el('input', { type: 'checkbox', class: 'weft-edit-pick', 'aria-label': 'Pick this row to delete' });
      pick.checked = edit.picked.has(key);
      tr.append(el('td', { class: 'weft-edit-pick-cell' }, pick));
    }
  });
  for (const key of [...edit.picked]) if (!keys.has(key)) edit.picked.delete(key);
  showPicked(table);
}

/** The arrow keys on a cell (not being edited): the row and column steps to the next editable cell. */
const MOVES = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

/** The nearest editable cell `dr` rows and `dc` columns away from `td`, skipping cells that cannot be edited; or null. */
function neighbour(td, dr, dc) {
  const row = td.closest('tr');
  if (dc !== 0) {
    const cells = [...row.querySelectorAll(':scope > td[data-edit]')];
    return cells[cells.indexOf(td) + dc] ?? null;
  }
  const rows = [...row.parentElement.children];
  const i = [...row.children].indexOf(td);
  for (let r = rows.indexOf(row) + dr; r >= 0 && r < rows.length; r += dr) {
    const candidate = rows[r].children[i];
    if (candidate?.dataset.edit) return candidate;
  }
  return null;
}

function bar(table) {
  const addButton = el('button', { type: 'button', class: 'weft-edit-add' }, '+ Add row');
  const deleteButton = el('button', { type: 'button', class: 'weft-edit-delete' }, 'Delete rows');
  const message = el('p', { class: 'weft-edit-message', role: 'alert' });
  message.hidden = true;
  addButton.addEventListener('click', () => sendEdit(table, { op: 'add' }));
  deleteButton.addEventListener('click', () => {
    const keys = [...table.edit.picked].map((key) => JSON.parse(key));
    if (keys.length > 0) sendEdit(table, { op: 'delete', keys });
  });
  Object.assign(table.edit, { addButton, deleteButton, message });
  return el('div', { class: 'weft-edit-bar' }, addButton, deleteButton, message);
}

function showPicked(table) {
  const n = table.edit.picked.size;
  table.edit.deleteButton.disabled = n === 0;
  table.edit.deleteButton.textContent = n === 0 ? 'Delete rows' : `Delete ${n} ${n === 1 ? 'row' : 'rows'}`;
}

function showMessage(table, text) {
  const { message } = table.edit;
  message.hidden = text === null;
  message.textContent = text ?? '';
}

/** The cell's value as its input starts with: what the page shows, read back into the column's form. */
function current(table, td) {
  const row = td.closest('tr');
  const i = [...row.children].indexOf(td);
  return { key: JSON.parse(row.dataset.key), column: table.columns[i], text: td.dataset.value ?? cellText(td) };
}

function cellText(td) {
  if (td.classList.contains('weft-table-null')) return '';
  return td.firstChild?.nodeType === Node.TEXT_NODE ? td.firstChild.textContent : td.textContent;
}

/** Opens the input fitting the cell's column in the cell. */
function open(table, td) {
  const { key, column, text } = current(table, td);
  const kind = column.edit;
  const name = String(column.name);
  let input;
  if (kind === 'choice') {
    input = el('select', { class: 'weft-edit-input' });
    if (column.required !== true) input.append(el('option', { value: '' }, '—'));
    for (const option of Array.isArray(column.options) ? column.options : []) {
      input.append(el('option', { value: String(option) }, String(option)));
    }
    input.value = text;
  } else if (kind === 'bool') {
    input = el('input', { type: 'checkbox', class: 'weft-edit-input' });
    input.checked = text === 'true';
  } else {
    const type = { int: 'number', number: 'number', date: 'date', time: 'time', datetime: 'datetime-local' }[kind] ?? 'text';
    input = el('input', { type, class: 'weft-edit-input', spellcheck: 'false', autocomplete: 'off' });
    if (kind === 'int') input.step = '1';
    if (kind === 'number') input.step = 'any';
    const format = column.format ?? {};
    if ((kind === 'int' || kind === 'number') && Number.isFinite(format.min)) input.min = String(format.min);
    if ((kind === 'int' || kind === 'number') && Number.isFinite(format.max)) input.max = String(format.max);
    if (kind === 'text' && Number.isFinite(format.maxLength)) input.dataset.maxLength = String(format.maxLength);
    input.value = kind === 'number' || kind === 'int' ? text.replace(/[,\s]/g, '') : text;
  }
  input.setAttribute('aria-label', `${column.label ?? name}, row ${JSON.stringify(key)}`);
  const before = [...td.childNodes];
  let done = false;
  const close = (commit) => {
    if (done) return;
    done = true;
    const value = read(kind, input);
    // Leaving a cell as it was sends nothing (and so reruns nothing).
    if (!commit || String(value ?? '') === text) {
      td.replaceChildren(...before);
      td.focus();
      return;
    }
    td.replaceChildren(el('span', { class: 'weft-edit-shown' }, kind === 'bool' ? String(value) : String(value ?? '')));
    td.dataset.editState = 'pending';
    td.focus();
    clearRefused(table, td, cellKey(key, name));
    sendEdit(table, { op: 'set', key, column: name, value }, td);
  };
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') { e.preventDefault(); close(true); }
    else if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); close(false); }
  });
  input.addEventListener('blur', () => close(true));
  if (kind === 'bool' || kind === 'choice') input.addEventListener('change', () => close(true));
  td.replaceChildren(input);
  input.focus();
  if (typeof input.select === 'function' && input.type === 'text') input.select();
}

/** The input's value as the protocol carries it: text as typed, true/false, or null for an empty cell. */
function read(kind, input) {
  if (kind === 'bool') return input.checked;
  const text = input.value;
  return text === '' && kind !== 'text' ? null : text;
}

function sendEdit(table, edit, td) {
  const req = ++edits;
  if (td) table.edit.pending.set(req, td);
  showMessage(table, null);
  if (!send({ type: 'table_edit', slot: table.slot, id: table.edit.widget, gen: table.gen, req, ...edit })) {
    showMessage(table, 'Not connected: the edit was not sent.');
    if (td) delete td.dataset.editState;
    return;
  }
  state.tableEdits = (state.tableEdits ?? 0) + 1;
}

function showRefused(td, text, message) {
  td.dataset.invalid = 'true';
  td.setAttribute('aria-invalid', 'true');
  delete td.dataset.editState;
  td.replaceChildren(el('span', { class: 'weft-edit-shown' }, text),
    el('span', { class: 'weft-edit-error', role: 'alert' }, message));
}

function clearRefused(table, td, id) {
  table.edit.errors.delete(id);
  delete td.dataset.invalid;
  td.removeAttribute('aria-invalid');
}

defineMessage('table_edit_error', (msg) => {
  const table = editors.get(editorKey(msg.slot, msg.id));
  state.tableEditErrors = (state.tableEditErrors ?? 0) + 1;
  if (!table?.edit || !table.node.isConnected) return;
  const message = typeof msg.message === 'string' ? msg.message : 'This edit was not accepted.';
  const td = table.edit.pending.get(msg.req);
  table.edit.pending.delete(msg.req);
  if (msg.op === 'set' && td?.isConnected && typeof msg.column === 'string') {
    const text = td.querySelector('.weft-edit-shown')?.textContent ?? '';
    table.edit.errors.set(cellKey(msg.key, msg.column), { text, message });
    showRefused(td, text, message);
  } else {
    showMessage(table, message);
  }
});

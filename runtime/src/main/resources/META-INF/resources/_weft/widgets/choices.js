// The choices family (server: ChoiceWidgets): selectbox, radio and multiselect; all send on change.
// Options are the app's own objects on the server: the browser gets their labels and sends back only
// positions (an option's index), which the server checks and maps back to the app's object.
//
// selectbox: a native select. multiselect and radio: a group of native controls in a fieldset whose
// legend is the widget's label: multiselect a set of checkboxes drawn as pills (any number picked, at
// most maxSelections: the others are disabled meanwhile), radio a set of radio buttons (the arrow keys
// move the choice).

import { el, setAttr } from '../dom.js';
import { defineWidget } from '../registry.js';
import { sendIfChanged } from './core.js';

defineWidget('selectbox', {
  create(w) {
    w.input = el('select', { id: w.inputId, class: 'weft-select', 'data-weft-input': '' });
    w.node.append(w.makeLabel(), el('div', { class: 'weft-select-wrap' }, w.input));
    w.input.addEventListener('change', () => sendIfChanged(w));
  },
  update(w, element) {
    const options = labels(element);
    const current = [...w.input.options].map((o) => o.textContent);
    if (options.length !== current.length || options.some((o, i) => o !== current[i])) {
      const keep = w.input.value;
      w.input.replaceChildren(...options.map((o, i) => el('option', { value: String(i) }, o)));
      w.input.value = keep;
    }
  },
  read: (w) => (w.input.selectedIndex < 0 ? undefined : Number(w.input.value)),
  show(w, value) {
    w.input.value = String(value ?? '');
    if (w.input.value !== String(value ?? '')) w.input.selectedIndex = -1; // not one of the options
  },
});

/** A fieldset of one native control per option; `w.boxes` holds the controls. */
function createGroup(w, type) {
  w.input = el('fieldset', { class: `weft-group weft-group-${type}`, 'data-weft-input': '' });
  w.label = el('legend', { class: 'weft-widget-label' });
  w.list = el('div', { class: type === 'checkbox' ? 'weft-pills' : 'weft-radios' });
  w.input.append(w.label, w.list);
  w.node.append(w.input);
  w.boxes = [];
  w.list.addEventListener('change', () => {
    if (type === 'checkbox') limit(w);
    sendIfChanged(w);
  });
}

/** The options' labels, in order; a control's value is its option's position. */
export function labels(element) {
  return Array.isArray(element.options) ? element.options.map(String) : [];
}

/** Rebuilds the controls when the options changed, keeping what is picked. */
function updateOptions(w, element, type) {
  const options = labels(element);
  if (sameLabels(w.shownOptions, options)) return;
  w.shownOptions = options;
  const picked = new Set(w.boxes.filter((box) => box.checked).map((box) => box.value));
  w.boxes = options.map((option, i) => el('input', { type, id: `${w.inputId}-${i}`, name: w.inputId, value: String(i),
    class: type === 'checkbox' ? 'weft-pill-box' : 'weft-radio-box' }));
  w.boxes.forEach((box) => { box.checked = picked.has(box.value); });
  w.list.replaceChildren(...w.boxes.map((box, i) => el('label', { class: type === 'checkbox' ? 'weft-pill' : 'weft-radio' },
    box, el('span', {}, options[i]))));
}

export function sameLabels(a, b) {
  return Array.isArray(a) && a.length === b.length && a.every((o, i) => o === b[i]);
}

defineWidget('multiselect', {
  create(w) {
    createGroup(w, 'checkbox');
    w.note = el('p', { class: 'weft-group-note', id: `${w.inputId}-note`, hidden: '' });
    w.node.append(w.note);
  },
  update(w, element) {
    updateOptions(w, element, 'checkbox');
    setAttr(w.input, 'aria-describedby', Number.isInteger(element.maxSelections) || typeof element.placeholder === 'string' ? w.note.id : null);
  },
  refresh: limit,
  read: (w) => w.boxes.filter((box) => box.checked).map((box) => Number(box.value)),
  show(w, value) {
    if (!Array.isArray(value)) return false;
    const picked = new Set(value.map(String));
    w.boxes.forEach((box) => { box.checked = picked.has(box.value); });
    limit(w);
    return true;
  },
});

/** With maxSelections picked, the other options cannot be picked; the note says so. */
function limit(w) {
  const max = w.element.maxSelections;
  const count = w.boxes.filter((box) => box.checked).length;
  const full = Number.isInteger(max) && count >= max;
  for (const box of w.boxes) box.disabled = full && !box.checked;
  // With nothing picked, the note shows the placeholder (if the app gave one).
  const placeholder = count === 0 && typeof w.element.placeholder === 'string' ? w.element.placeholder : '';
  w.note.hidden = !Number.isInteger(max) && !placeholder;
  w.note.classList.toggle('weft-group-placeholder', !!placeholder);
  w.note.textContent = placeholder || (Number.isInteger(max) ? `${count} of at most ${max} picked` : '');
}

defineWidget('radio', {
  create: (w) => createGroup(w, 'radio'),
  update: (w, element) => updateOptions(w, element, 'radio'),
  read(w) {
    const box = w.boxes.find((b) => b.checked);
    return box ? Number(box.value) : undefined;
  },
  show(w, value) {
    w.boxes.forEach((box) => { box.checked = box.value === String(value ?? ''); });
  },
});

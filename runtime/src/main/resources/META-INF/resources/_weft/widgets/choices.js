// The choices family (server: ChoiceWidgets): selectbox, radio and multiselect; all send on change.
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
    const options = Array.isArray(element.options) ? element.options.map(String) : [];
    const current = [...w.input.options].map((o) => o.value);
    if (options.length !== current.length || options.some((o, i) => o !== current[i])) {
      const keep = w.input.value;
      w.input.replaceChildren(...options.map((o) => el('option', { value: o }, o)));
      w.input.value = keep;
    }
  },
  read: (w) => (w.input.selectedIndex < 0 ? undefined : w.input.value),
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

/** Rebuilds the controls when the options changed, keeping what is picked. */
function updateOptions(w, element, type) {
  const options = Array.isArray(element.options) ? element.options.map(String) : [];
  const current = w.boxes.map((box) => box.value);
  if (options.length === current.length && options.every((o, i) => o === current[i])) return;
  const picked = new Set(w.boxes.filter((box) => box.checked).map((box) => box.value));
  w.boxes = options.map((option, i) => el('input', { type, id: `${w.inputId}-${i}`, name: w.inputId, value: option,
    class: type === 'checkbox' ? 'weft-pill-box' : 'weft-radio-box' }));
  w.boxes.forEach((box) => { box.checked = picked.has(box.value); });
  w.list.replaceChildren(...w.boxes.map((box) => el('label', { class: type === 'checkbox' ? 'weft-pill' : 'weft-radio' },
    box, el('span', {}, box.value))));
}

defineWidget('multiselect', {
  create(w) {
    createGroup(w, 'checkbox');
    w.note = el('p', { class: 'weft-group-note', id: `${w.inputId}-note`, hidden: '' });
    w.node.append(w.note);
  },
  update(w, element) {
    updateOptions(w, element, 'checkbox');
    setAttr(w.input, 'aria-describedby', Number.isInteger(element.maxSelections) ? w.note.id : null);
  },
  refresh: limit,
  read: (w) => w.boxes.filter((box) => box.checked).map((box) => box.value),
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
  w.note.hidden = !Number.isInteger(max);
  w.note.textContent = Number.isInteger(max) ? `${count} of at most ${max} picked` : '';
}

defineWidget('radio', {
  create: (w) => createGroup(w, 'radio'),
  update: (w, element) => updateOptions(w, element, 'radio'),
  read: (w) => w.boxes.find((box) => box.checked)?.value,
  show(w, value) {
    w.boxes.forEach((box) => { box.checked = box.value === String(value ?? ''); });
  },
});

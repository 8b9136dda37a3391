// selectbox and checkbox: send on change.

import { el } from '../dom.js';
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

defineWidget('checkbox', {
  create(w) {
    w.input = el('input', { type: 'checkbox', id: w.inputId, class: 'weft-checkbox', 'data-weft-input': '' });
    w.node.append(el('div', { class: 'weft-check' }, w.input, w.makeLabel()));
    w.input.addEventListener('change', () => sendIfChanged(w));
  },
  read: (w) => w.input.checked,
  show(w, value) {
    w.input.checked = value === true;
  },
});

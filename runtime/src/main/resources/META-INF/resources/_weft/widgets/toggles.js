// The toggles family (server: ToggleWidgets): checkbox and toggle, a native checkbox (the toggle with
// role=switch, drawn as a switch) next to its label. Both send a boolean on change.

import { el } from '../dom.js';
import { defineWidget } from '../registry.js';
import { sendIfChanged } from './core.js';

/** A checkbox of class `className` (and, for a switch, its role in `extra`) before its label. */
const checkable = (className, extra = {}) => ({
  create(w) {
    w.input = el('input', { type: 'checkbox', ...extra, id: w.inputId, class: className, 'data-weft-input': '' });
    w.node.append(el('div', { class: 'weft-check' }, w.input, w.makeLabel()));
    w.input.addEventListener('change', () => sendIfChanged(w));
  },
  read: (w) => w.input.checked,
  show(w, value) {
    w.input.checked = value === true;
  },
});

defineWidget('checkbox', checkable('weft-checkbox'));

defineWidget('toggle', checkable('weft-toggle', { role: 'switch' }));

// color_picker: the browser's colour input, with the colour's hex code next to it. Sent on change (when
// the picker is closed on a new colour), as #rrggbb.

import { el } from '../dom.js';
import { defineWidget } from '../registry.js';
import { sendIfChanged } from './core.js';

const HEX = /^#[0-9a-f]{6}$/;

defineWidget('color_picker', {
  create(w) {
    w.input = el('input', { type: 'color', id: w.inputId, class: 'weft-color', 'data-weft-input': '' });
    w.hex = el('code', { class: 'weft-color-hex', 'aria-hidden': 'true' });
    w.node.append(w.makeLabel(), el('div', { class: 'weft-color-row' }, w.input, w.hex));
    w.input.addEventListener('input', () => showHex(w));
    w.input.addEventListener('change', () => sendIfChanged(w));
  },
  read: (w) => (HEX.test(w.input.value.toLowerCase()) ? w.input.value.toLowerCase() : undefined),
  show(w, value) {
    if (typeof value !== 'string' || !HEX.test(value)) return false;
    if (w.input.value !== value) w.input.value = value;
    showHex(w);
    return true;
  },
});

function showHex(w) {
  w.hex.textContent = w.input.value.toLowerCase();
}

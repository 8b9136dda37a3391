// The buttons family (server: ButtonWidgets): button, which sends true on click; it has no value of its own.

import { el } from '../dom.js';
import { defineWidget } from '../registry.js';
import { sendWidget } from './core.js';

defineWidget('button', {
  create(w) {
    // The button's own text is its label.
    w.input = w.label = el('button', { type: 'button', id: w.inputId, class: 'weft-button', 'data-weft-input': '' });
    w.node.append(w.input);
    w.input.addEventListener('click', () => sendWidget(w, true));
  },
  read: () => undefined,
  show: () => false,
  sendsValue: false,
});

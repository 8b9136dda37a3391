// The forms family (server: FormWidgets): form_submit_button, a native submit button of its form
// (elements/form.js draws the form); a click, or Enter in one of the form's one-line fields, submits
// the form with every field's value at once (core.js, submitForm). It has no value of its own.

import { el } from '../dom.js';
import { defineWidget } from '../registry.js';

defineWidget('form_submit_button', {
  create(w) {
    w.input = w.label = el('button', { type: 'submit', id: w.inputId, class: 'weft-button weft-submit', 'data-weft-input': '' });
    w.node.append(w.input);
  },
  read: () => undefined,
  show: () => false,
  sendsValue: false,
});

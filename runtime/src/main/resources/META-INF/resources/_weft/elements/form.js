// form: a container drawn as a native <form>. Its fields hold what the user enters (widgets/core.js)
// until it is submitted — by a submit button, or by Enter in one of its one-line fields (the browser's
// implicit submission, which picks the first submit button) — and then send it all in one `form`
// message. `data-edited` marks a form holding changes not yet submitted.

import { el } from '../dom.js';
import { defineElement } from '../registry.js';
import { submitForm } from '../widgets/core.js';

defineElement('form', {
  container: true,
  render(element, ctx) {
    const form = el('form', { class: 'weft-form weft-block', novalidate: '', 'data-form-id': String(element.id ?? '') });
    const { slot } = ctx;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const formId = form.dataset.formId;
      const buttons = [...slot.widgets.values()].filter((w) => w.kind === 'form_submit_button' && w.element.form === formId);
      const button = buttons.find((w) => w.input === e.submitter) ?? buttons[0];
      submitForm(slot, formId, button);
    });
    return form;
  },
  update(node, element) {
    node.dataset.formId = String(element.id ?? '');
    return true;
  },
});

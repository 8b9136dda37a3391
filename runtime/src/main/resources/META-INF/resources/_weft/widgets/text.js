// The text family (server: TextWidgets): text_input and text_area.
//
// text_input: a one-line field (core.js, createLineField) that sends on change (blur) and on Enter,
// only when the text differs from the one the field started from; Escape puts that one back.
// text_area: a multi-line field with a character count. Enter starts a new line; the text is sent
// when the field loses focus (change) or on Ctrl+Enter / ⌘+Enter, only when it differs from the text
// the field started from; Escape puts that one back. In a form, Ctrl+Enter submits the form.

import { el, sameValue, setAttr } from '../dom.js';
import { defineWidget } from '../registry.js';
import { createLineField, readValue, sendIfChanged, setControlValue, syncToServer } from './core.js';

defineWidget('text_input', {
  create: (w) => createLineField(w, 'text', { spellcheck: 'false' }, sendIfChanged),
  update: setMaxLength,
  read: (w) => w.input.value,
  show(w, value) {
    if (w.input.value !== String(value ?? '')) w.input.value = String(value ?? '');
  },
  interacting: (w) => document.activeElement === w.input,
});

defineWidget('text_area', {
  create(w) {
    w.input = el('textarea', { id: w.inputId, class: 'weft-field weft-textarea', rows: '4', 'data-weft-input': '',
      spellcheck: 'true' });
    w.count = el('span', { class: 'weft-text-count', 'aria-hidden': 'true' });
    w.keys = el('span', { class: 'weft-text-keys', hidden: '' }, navigator.platform?.startsWith('Mac') ? '⌘+Enter to apply' : 'Ctrl+Enter to apply');
    w.node.append(w.makeLabel(), w.input, el('div', { class: 'weft-text-foot' }, w.keys, w.count));
    w.input.addEventListener('input', () => showCount(w));
    w.input.addEventListener('change', () => sendIfChanged(w));
    w.input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.isComposing) {
        e.preventDefault();
        sendIfChanged(w);
        if (typeof w.element.form === 'string') w.input.form?.requestSubmit();
      } else if (e.key === 'Escape' && !sameValue(readValue(w), w.committed)) {
        setControlValue(w, w.committed);
        showCount(w);
      }
    });
    w.input.addEventListener('blur', () => syncToServer(w));
  },
  update: setMaxLength,
  refresh: showCount,
  read: (w) => w.input.value,
  show(w, value) {
    if (w.input.value !== String(value ?? '')) w.input.value = String(value ?? '');
    showCount(w);
  },
  interacting: (w) => document.activeElement === w.input,
});

function setMaxLength(w, element) {
  setAttr(w.input, 'maxlength', Number.isInteger(element.maxLength) && element.maxLength >= 0 ? String(element.maxLength) : null);
}

/** "120 / 500", and the key hint while there is a change to apply. */
function showCount(w) {
  const max = w.element.maxLength;
  const length = w.input.value.length;
  w.count.textContent = Number.isInteger(max) ? `${length} / ${max}` : String(length);
  w.count.classList.toggle('weft-text-count-full', Number.isInteger(max) && length >= max);
  w.keys.hidden = document.activeElement !== w.input || sameValue(w.input.value, w.committed);
}

// number_input and text_input: one-line fields that send on change (blur, spinner) and on Enter,
// only when the value differs from the one the field started from; Escape puts that one back.

import { el, finite, sameValue, setAttr } from '../dom.js';
import { defineWidget } from '../registry.js';
import { readValue, sendIfChanged, setControlValue, syncToServer } from './core.js';
import { readNumber, setRangeAttributes } from './slider.js';

function createField(w) {
  const number = w.kind === 'number_input';
  w.input = el('input', { type: number ? 'number' : 'text', id: w.inputId, class: 'weft-field', 'data-weft-input': '',
    autocomplete: 'off', ...(number ? { inputmode: 'decimal' } : { spellcheck: 'false' }) });
  w.hint = el('p', { class: 'weft-widget-hint', id: `${w.inputId}-hint`, hidden: '' });
  w.node.append(w.makeLabel(), w.input, w.hint);
  w.input.addEventListener('change', () => commitField(w));
  w.input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.isComposing) commitField(w);
    else if (e.key === 'Escape' && !sameValue(readValue(w), w.committed)) setControlValue(w, w.committed);
  });
  if (number) w.input.addEventListener('input', () => { if (w.input.getAttribute('aria-invalid')) checkNumber(w); });
  w.input.addEventListener('blur', () => syncToServer(w));
}

const focused = (w) => document.activeElement === w.input;

defineWidget('number_input', {
  create: createField,
  update(w, element) {
    setRangeAttributes(w.input, element);
    w.input.inputMode = element.integer && !(element.min < 0) ? 'numeric' : 'decimal';
  },
  read: readNumber,
  explain: (w) => checkNumber(w), // a form submitted while the field holds no valid number says why
  show(w, value) {
    if (!finite(value) && value !== null && value !== undefined) return false;
    if (readNumber(w) !== value || w.input.value === '') w.input.value = value == null ? '' : String(value);
    setInvalid(w, null);
    return true;
  },
  interacting: focused,
});

defineWidget('text_input', {
  create: createField,
  update(w, element) {
    setAttr(w.input, 'maxlength', Number.isInteger(element.maxLength) && element.maxLength >= 0 ? String(element.maxLength) : null);
  },
  read: (w) => w.input.value,
  show(w, value) {
    if (w.input.value !== String(value ?? '')) w.input.value = String(value ?? '');
  },
  interacting: focused,
});

function commitField(w) {
  if (w.kind === 'number_input' && !checkNumber(w)) return;
  sendIfChanged(w);
}

/** Marks a number field invalid (and says why) unless it holds a number the widget accepts. */
function checkNumber(w) {
  const ok = readValue(w) !== undefined;
  if (ok) setInvalid(w, null);
  else {
    const { min, max, step, integer } = w.element;
    const what = integer ? 'a whole number' : 'a number';
    const range = finite(min) && finite(max) ? ` from ${min} to ${max}` : finite(min) ? ` of at least ${min}` : finite(max) ? ` of at most ${max}` : '';
    const grid = finite(step) && step !== 1 ? ` in steps of ${step}` : '';
    setInvalid(w, `Enter ${what}${range}${grid}.`);
  }
  return ok;
}

function setInvalid(w, message) {
  setAttr(w.input, 'aria-invalid', message ? 'true' : null);
  setAttr(w.input, 'aria-describedby', message ? w.hint.id : null);
  w.hint.textContent = message ?? '';
  w.hint.hidden = !message;
}

// The pickers family (server: PickerWidgets): date_input, time_input and color_picker.
//
// date_input and time_input: the browser's own date and time fields (a calendar, a time picker, typing
// segment by segment). A value picked with the mouse is sent at once; while the user types, the field
// waits until the typing pauses (or Enter, or the field loses focus), so that "17" is not sent as "1"
// first. Only a complete value within the bounds (and, for a time, on the step) is ever sent; anything
// else marks the field invalid with a hint and sends nothing. Escape puts back the value the field
// started from.
// color_picker: the browser's colour input, with the colour's hex code next to it. Sent on change (when
// the picker is closed on a new colour), as #rrggbb.

import { el, sameValue, setAttr } from '../dom.js';
import { defineWidget } from '../registry.js';
import { readValue, sendIfChanged, setControlValue, setInvalid, syncToServer } from './core.js';

/** How long typing may pause before a typed value is sent. */
const TYPING_PAUSE_MS = 700;
/** A change this soon after a key press was typed. */
const TYPED_WITHIN_MS = 250;

// ---------------------------------------------------------------- date and time

function createTemporal(w, type) {
  w.input = el('input', { type, id: w.inputId, class: 'weft-field weft-temporal', 'data-weft-input': '' });
  w.hint = el('p', { class: 'weft-widget-hint', id: `${w.inputId}-hint`, hidden: '' });
  w.node.append(w.makeLabel(), w.input, w.hint);
  w.typedAt = -Infinity;
  w.input.addEventListener('keydown', (e) => {
    w.typedAt = performance.now();
    if (e.key === 'Enter' && !e.isComposing) commit(w);
    else if (e.key === 'Escape' && !sameValue(readValue(w), w.committed)) {
      setControlValue(w, w.committed);
      setInvalid(w, null);
    }
  });
  w.input.addEventListener('change', () => {
    clearTimeout(w.timer);
    w.timer = null;
    if (performance.now() - w.typedAt > TYPED_WITHIN_MS) return commit(w);
    w.timer = setTimeout(() => { w.timer = null; commit(w); }, TYPING_PAUSE_MS);
  });
  w.input.addEventListener('input', () => { if (w.input.getAttribute('aria-invalid') && valid(w)) setInvalid(w, null); });
  w.input.addEventListener('blur', () => {
    if (w.timer) {
      clearTimeout(w.timer);
      w.timer = null;
      commit(w);
    }
    syncToServer(w);
  });
}

function commit(w) {
  if (!valid(w)) return explain(w);
  setInvalid(w, null);
  sendIfChanged(w);
}

const valid = (w) => w.input.value !== '' && w.input.validity.valid;

const temporal = (type, hint) => ({
  create: (w) => createTemporal(w, type),
  read: (w) => (valid(w) ? w.input.value : undefined),
  show(w, value) {
    if (typeof value !== 'string') return false;
    if (w.input.value !== value) w.input.value = value;
    setInvalid(w, null);
    return true;
  },
  interacting: (w) => document.activeElement === w.input || w.timer !== null,
  explain,
  hint,
});

defineWidget('date_input', {
  ...temporal('date', ({ min, max }) => `Enter a date${min && max ? ` from ${min} to ${max}` : min ? ` from ${min}` : max ? ` up to ${max}` : ''}.`),
  update(w, element) {
    setAttr(w.input, 'min', typeof element.min === 'string' ? element.min : null);
    setAttr(w.input, 'max', typeof element.max === 'string' ? element.max : null);
  },
});

defineWidget('time_input', {
  ...temporal('time', ({ step }) => `Enter a time${Number.isInteger(step) && step !== 60 ? ` in steps of ${describeStep(step)}` : ''}.`),
  update(w, element) {
    setAttr(w.input, 'step', Number.isInteger(element.step) && element.step > 0 ? String(element.step) : null);
  },
});

/** Marks the field invalid and says what it takes. */
function explain(w) {
  setInvalid(w, w.behaviour.hint(w.element));
}

function describeStep(seconds) {
  const [count, unit] = seconds % 3600 === 0 ? [seconds / 3600, 'hour'] : seconds % 60 === 0 ? [seconds / 60, 'minute'] : [seconds, 'second'];
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

// ---------------------------------------------------------------- colour

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

// ---------------------------------------------------------------- date range

// date_range_input (server: DateRangeWidgets): two date fields, from and to, side by side, each the
// browser's own date field with the same typing pause as date_input. Sent as [from, to] once both are
// complete dates within the bounds, from not after to; otherwise the pair is marked invalid with a
// hint and nothing is sent.
defineWidget('date_range_input', {
  create(w) {
    w.from = el('input', { type: 'date', id: w.inputId, class: 'weft-field weft-temporal', 'data-weft-input': '' });
    w.to = el('input', { type: 'date', id: `${w.inputId}-to`, class: 'weft-field weft-temporal' });
    w.input = w.from;
    w.hint = el('p', { class: 'weft-widget-hint', id: `${w.inputId}-hint`, hidden: '' });
    w.node.append(w.makeLabel(), el('div', { class: 'weft-date-range' }, w.from,
      el('span', { class: 'weft-date-range-dash', 'aria-hidden': 'true' }, '–'), w.to), w.hint);
    w.typedAt = -Infinity;
    for (const input of [w.from, w.to]) {
      input.addEventListener('keydown', (e) => {
        w.typedAt = performance.now();
        if (e.key === 'Enter' && !e.isComposing) commitRange(w);
        else if (e.key === 'Escape' && !sameValue(readValue(w), w.committed)) {
          setControlValue(w, w.committed);
          setInvalid(w, null);
        }
      });
      input.addEventListener('change', () => {
        clearTimeout(w.timer);
        w.timer = null;
        if (performance.now() - w.typedAt > TYPED_WITHIN_MS) return commitRange(w);
        w.timer = setTimeout(() => { w.timer = null; commitRange(w); }, TYPING_PAUSE_MS);
      });
      input.addEventListener('blur', () => {
        if (w.timer) {
          clearTimeout(w.timer);
          w.timer = null;
          commitRange(w);
        }
        syncToServer(w);
      });
    }
  },
  update(w, element) {
    const label = String(element.label ?? '');
    for (const input of [w.from, w.to]) {
      setAttr(input, 'min', typeof element.min === 'string' ? element.min : null);
      setAttr(input, 'max', typeof element.max === 'string' ? element.max : null);
    }
    setAttr(w.from, 'aria-label', `${label} (from)`);
    setAttr(w.to, 'aria-label', `${label} (to)`);
    w.to.disabled = element.disabled === true;
  },
  read(w) {
    const ok = [w.from, w.to].every((input) => input.value !== '' && input.validity.valid);
    return ok && w.from.value <= w.to.value ? [w.from.value, w.to.value] : undefined;
  },
  show(w, value) {
    if (!Array.isArray(value) || value.length !== 2 || typeof value[0] !== 'string' || typeof value[1] !== 'string') return false;
    if (w.from.value !== value[0]) w.from.value = value[0];
    if (w.to.value !== value[1]) w.to.value = value[1];
    setInvalid(w, null);
    return true;
  },
  interacting: (w) => document.activeElement === w.from || document.activeElement === w.to || w.timer !== null,
  explain: (w) => setInvalid(w, rangeHint(w)),
});

function commitRange(w) {
  if (readValue(w) === undefined) return setInvalid(w, rangeHint(w));
  setInvalid(w, null);
  sendIfChanged(w);
}

function rangeHint(w) {
  const { min, max } = w.element;
  const within = min && max ? ` from ${min} to ${max}` : min ? ` from ${min}` : max ? ` up to ${max}` : '';
  return `Enter two dates${within}, the first not after the second.`;
}

// The numbers family (server: NumberWidgets): slider, range_slider and number_input.
//
// slider: a range input with its value next to the label and its bounds under it. range_slider: two
// range inputs on one track, the low one never past the high one; each is a native range input (arrow
// keys, Home/End, Page keys) with its own accessible name. Both send while a handle is dragged (at
// most one message per 50 ms, always ending where it was released) and for each key press; that
// drag-and-throttle logic, the bounds and the number formatting are shared below (trackInput).
// select_slider and range_select_slider (server: ChoiceWidgets): the same two over the positions of
// the options (0 to n - 1), showing and announcing (aria-valuetext) the options' labels.
// number_input: a one-line field (core.js, createLineField) that sends on change and on Enter, only a
// number the widget takes; anything else marks the field invalid with a hint and sends nothing.

import { el, finite, setAttr } from '../dom.js';
import { defineWidget } from '../registry.js';
import { createLineField, readValue, sendIfChanged, setInvalid, syncToServer } from './core.js';

/** While a handle is dragged, at most one message per this many milliseconds. */
const DRAG_THROTTLE_MS = 50;

const slider = {
  create(w) {
    w.input = el('input', { type: 'range', id: w.inputId, class: 'weft-range', 'data-weft-input': '' });
    w.readout = el('span', { class: 'weft-slider-value', 'aria-hidden': 'true' });
    w.minLabel = el('span', {});
    w.maxLabel = el('span', {});
    w.node.append(el('div', { class: 'weft-widget-head' }, w.makeLabel(), w.readout), w.input,
      el('div', { class: 'weft-slider-scale', 'aria-hidden': 'true' }, w.minLabel, w.maxLabel));
    trackInput(w, w.input, () => showSliderValue(w));
  },
  update(w, element) {
    setRangeAttributes(w.input, element);
    showScale(w, element);
  },
  refresh: showSliderValue,
  read: (w) => readNumber(w.input, w.element),
  show(w, value) {
    if (finite(value) && Number(w.input.value) !== value) w.input.value = String(value);
    showSliderValue(w);
  },
  interacting: dragging,
};
defineWidget('slider', slider);
defineWidget('select_slider', slider);

const rangeSlider = {
  create(w) {
    w.low = el('input', { type: 'range', id: w.inputId, class: 'weft-range weft-range-low', 'data-weft-input': '' });
    w.high = el('input', { type: 'range', id: `${w.inputId}-high`, class: 'weft-range weft-range-high' });
    w.input = w.low;
    w.readout = el('span', { class: 'weft-slider-value', 'aria-hidden': 'true' });
    w.fill = el('div', { class: 'weft-range-fill', 'aria-hidden': 'true' });
    w.minLabel = el('span', {});
    w.maxLabel = el('span', {});
    w.node.append(
      el('div', { class: 'weft-widget-head' }, w.makeLabel(), w.readout),
      el('div', { class: 'weft-range-pair' }, el('div', { class: 'weft-range-track', 'aria-hidden': 'true' }, w.fill), w.low, w.high),
      el('div', { class: 'weft-slider-scale', 'aria-hidden': 'true' }, w.minLabel, w.maxLabel),
    );
    for (const input of [w.low, w.high]) trackInput(w, input, () => { keepOrder(w, input); showRange(w); });
  },
  update(w, element) {
    for (const input of [w.low, w.high]) setRangeAttributes(input, element);
    const label = String(element.label ?? '');
    setAttr(w.low, 'aria-label', `${label} (from)`);
    setAttr(w.high, 'aria-label', `${label} (to)`);
    w.high.disabled = element.disabled === true;
    showScale(w, element);
  },
  refresh: showRange,
  read(w) {
    const low = readNumber(w.low, w.element);
    const high = readNumber(w.high, w.element);
    return low === undefined || high === undefined || low > high ? undefined : [low, high];
  },
  show(w, value) {
    if (!Array.isArray(value) || value.length !== 2 || !finite(value[0]) || !finite(value[1])) return false;
    w.low.value = String(value[0]);
    w.high.value = String(value[1]);
    showRange(w);
    return true;
  },
  interacting: dragging,
};
defineWidget('range_slider', rangeSlider);
defineWidget('range_select_slider', rangeSlider);

defineWidget('number_input', {
  create(w) {
    createLineField(w, 'number', { inputmode: 'decimal' }, commitNumber);
    w.input.addEventListener('input', () => { if (w.input.getAttribute('aria-invalid')) checkNumber(w); });
  },
  update(w, element) {
    setRangeAttributes(w.input, element);
    w.input.inputMode = element.integer && !(element.min < 0) ? 'numeric' : 'decimal';
  },
  read: (w) => readNumber(w.input, w.element),
  explain: (w) => checkNumber(w), // a form submitted while the field holds no valid number says why
  show(w, value) {
    if (!finite(value) && value !== null && value !== undefined) return false;
    if (readNumber(w.input, w.element) !== value || w.input.value === '') w.input.value = value == null ? '' : String(value);
    setInvalid(w, null);
    return true;
  },
  interacting: (w) => document.activeElement === w.input,
});

// ---------------------------------------------------------------- shared by the family

/** A slider's bounds: its own, or for a select slider the positions of its options. */
function bounds(element) {
  if (!Array.isArray(element.options)) return element;
  return { ...element, min: 0, max: Math.max(0, element.options.length - 1), step: 1, integer: true };
}

/** min, max and step of a range or number input, from the element's bounds. */
function setRangeAttributes(input, given) {
  const element = bounds(given);
  setAttr(input, 'min', finite(element.min) ? String(element.min) : null);
  setAttr(input, 'max', finite(element.max) ? String(element.max) : null);
  setAttr(input, 'step', finite(element.step) && element.step > 0 ? String(element.step) : element.integer ? '1' : 'any');
}

/** The number in a range or number input, or undefined if it is not one the widget takes. */
function readNumber(input, given) {
  const element = bounds(given);
  if (input.value.trim() === '' || !input.validity.valid) return undefined;
  const n = Number(input.value);
  if (!Number.isFinite(n) || (element.integer && !Number.isInteger(n))) return undefined;
  return n;
}

/** A number as the widget shows it: with as many decimals as its step has (0.25 → "0.50"). */
function formatNumber(w, value) {
  if (!finite(value)) return '';
  if (Array.isArray(w.element.options)) return String(w.element.options[value] ?? '');
  const { step, integer } = w.element;
  if (integer) return String(Math.round(value));
  const decimals = finite(step) ? Math.min(10, (String(step).split('.')[1] ?? '').length) : 2;
  return finite(step) && !String(step).includes('e') ? value.toFixed(decimals) : String(value);
}

function showScale(w, given) {
  const element = bounds(given);
  w.minLabel.textContent = formatNumber(w, element.min);
  w.maxLabel.textContent = formatNumber(w, element.max);
}

// ---------------------------------------------------------------- dragging a handle

/**
 * Wires one range input of a slider or range slider: `onMove` redraws while it moves; the value is
 * sent throttled while it moves, on a change (a key press) unless a drag or a send is pending, and
 * where the handle was released.
 */
function trackInput(w, input, onMove) {
  input.addEventListener('input', () => { onMove(); throttledSend(w); });
  input.addEventListener('change', () => { if (!w.timer && !w.dragging) sendIfChanged(w); });
  input.addEventListener('pointerdown', (e) => startDrag(w, input, e));
}

/** A handle being dragged, or a send still waiting for the throttle: the server's value waits. */
function dragging(w) {
  return w.dragging || w.timer !== null;
}

function throttledSend(w) {
  const wait = w.lastSendAt + DRAG_THROTTLE_MS - performance.now();
  if (wait <= 0 && !w.timer) return sendIfChanged(w);
  w.timer ??= setTimeout(() => {
    w.timer = null;
    sendIfChanged(w);
    if (!w.dragging) syncToServer(w);
  }, Math.max(0, wait));
}

function startDrag(w, input, e) {
  if (e.button !== 0 || input.disabled) return;
  w.dragging = true;
  const release = () => {
    removeEventListener('pointerup', release, true);
    removeEventListener('pointercancel', release, true);
    w.dragging = false;
    // The final value goes out now, or with the throttle's trailing send at the latest.
    if (!w.timer) sendIfChanged(w);
    if (!w.timer) syncToServer(w);
  };
  addEventListener('pointerup', release, true);
  addEventListener('pointercancel', release, true);
}

// ---------------------------------------------------------------- what each one shows

function showSliderValue(w) {
  const { input } = w;
  const min = Number(input.min || 0), max = Number(input.max || 100), value = Number(input.value);
  w.readout.textContent = formatNumber(w, value);
  const fill = max > min ? ((value - min) / (max - min)) * 100 : 0;
  input.style.setProperty('--weft-fill', `${Math.min(100, Math.max(0, fill))}%`);
  if (!w.element.integer) input.setAttribute('aria-valuetext', w.readout.textContent);
}

/** The handle being moved stops at the other one. */
function keepOrder(w, moved) {
  if (Number(w.low.value) <= Number(w.high.value)) return;
  if (moved === w.low) w.low.value = w.high.value;
  else w.high.value = w.low.value;
}

function showRange(w) {
  const min = Number(w.low.min || 0), max = Number(w.low.max || 100);
  const low = Number(w.low.value), high = Number(w.high.value);
  const at = (v) => (max > min ? Math.min(1, Math.max(0, (v - min) / (max - min))) : 0);
  w.fill.style.setProperty('--weft-low', String(at(low)));
  w.fill.style.setProperty('--weft-high', String(at(high)));
  w.readout.textContent = `${formatNumber(w, low)} – ${formatNumber(w, high)}`;
  // With both handles at the top, the low one must stay reachable: it goes on top.
  w.low.classList.toggle('weft-range-front', at(low) > 0.5 && low === high);
  if (!bounds(w.element).integer || Array.isArray(w.element.options)) {
    w.low.setAttribute('aria-valuetext', formatNumber(w, low));
    w.high.setAttribute('aria-valuetext', formatNumber(w, high));
  }
}

function commitNumber(w) {
  if (checkNumber(w)) sendIfChanged(w);
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

// slider: a range input with its value next to the label and its bounds under it.

import { el, finite, setAttr } from '../dom.js';
import { defineWidget } from '../registry.js';
import { sendIfChanged, syncToServer } from './core.js';

const SLIDER_THROTTLE_MS = 50;

defineWidget('slider', {
  create(w) {
    w.input = el('input', { type: 'range', id: w.inputId, class: 'weft-range', 'data-weft-input': '' });
    w.readout = el('span', { class: 'weft-slider-value', 'aria-hidden': 'true' });
    w.minLabel = el('span', {});
    w.maxLabel = el('span', {});
    w.node.append(el('div', { class: 'weft-widget-head' }, w.makeLabel(), w.readout), w.input,
      el('div', { class: 'weft-slider-scale', 'aria-hidden': 'true' }, w.minLabel, w.maxLabel));
    w.input.addEventListener('input', () => { showSliderValue(w); sliderInput(w); });
    w.input.addEventListener('change', () => { if (!w.timer && !w.dragging) sendIfChanged(w); });
    w.input.addEventListener('pointerdown', (e) => {
      if (e.button !== 0 || w.input.disabled) return;
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
    });
  },
  update(w, element) {
    setRangeAttributes(w.input, element);
    w.minLabel.textContent = formatSliderValue(w, element.min);
    w.maxLabel.textContent = formatSliderValue(w, element.max);
  },
  refresh: showSliderValue,
  read: readNumber,
  show(w, value) {
    if (finite(value) && Number(w.input.value) !== value) w.input.value = String(value);
    showSliderValue(w);
  },
  interacting: (w) => w.dragging || w.timer !== null,
});

/** min, max and step of a range or number input, from a slider or number_input element. */
export function setRangeAttributes(input, element) {
  setAttr(input, 'min', finite(element.min) ? String(element.min) : null);
  setAttr(input, 'max', finite(element.max) ? String(element.max) : null);
  setAttr(input, 'step', finite(element.step) && element.step > 0 ? String(element.step) : element.integer ? '1' : 'any');
}

/** The number in a range or number input, or undefined if it is not one the widget takes. */
export function readNumber(w) {
  const { input, element } = w;
  if (input.value.trim() === '' || !input.validity.valid) return undefined;
  const n = Number(input.value);
  if (!Number.isFinite(n) || (element.integer && !Number.isInteger(n))) return undefined;
  return n;
}

function sliderInput(w) {
  const wait = w.lastSendAt + SLIDER_THROTTLE_MS - performance.now();
  if (wait <= 0 && !w.timer) return sendIfChanged(w);
  w.timer ??= setTimeout(() => {
    w.timer = null;
    sendIfChanged(w);
    if (!w.dragging) syncToServer(w);
  }, Math.max(0, wait));
}

function showSliderValue(w) {
  const { input } = w;
  const min = Number(input.min || 0), max = Number(input.max || 100), value = Number(input.value);
  w.readout.textContent = formatSliderValue(w, value);
  const fill = max > min ? ((value - min) / (max - min)) * 100 : 0;
  input.style.setProperty('--weft-fill', `${Math.min(100, Math.max(0, fill))}%`);
  if (!w.element.integer) input.setAttribute('aria-valuetext', w.readout.textContent);
}

/** A slider's numbers, with as many decimals as its step has (0.25 → "0.50"). */
function formatSliderValue(w, value) {
  if (!finite(value)) return '';
  const { step, integer } = w.element;
  if (integer) return String(Math.round(value));
  const decimals = finite(step) ? Math.min(10, (String(step).split('.')[1] ?? '').length) : 2;
  return finite(step) && !String(step).includes('e') ? value.toFixed(decimals) : String(value);
}

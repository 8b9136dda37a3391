// range_slider: two range inputs on one track, the low one never past the high one. Each is a native
// range input (arrow keys, Home/End, Page keys) with its own accessible name; the value [low, high] is
// sent while a handle is dragged (at most one message per 50 ms, always ending where it was released)
// and for each key press.

import { el, finite, setAttr } from '../dom.js';
import { defineWidget } from '../registry.js';
import { sendIfChanged, syncToServer } from './core.js';
import { setRangeAttributes } from './slider.js';

const THROTTLE_MS = 50;

defineWidget('range_slider', {
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
    for (const input of [w.low, w.high]) {
      input.addEventListener('input', () => { keepOrder(w, input); showRange(w); throttled(w); });
      input.addEventListener('change', () => { if (!w.timer && !w.dragging) sendIfChanged(w); });
      input.addEventListener('pointerdown', (e) => startDrag(w, input, e));
    }
  },
  update(w, element) {
    for (const input of [w.low, w.high]) setRangeAttributes(input, element);
    const label = String(element.label ?? '');
    setAttr(w.low, 'aria-label', `${label} (from)`);
    setAttr(w.high, 'aria-label', `${label} (to)`);
    w.high.disabled = element.disabled === true;
    w.minLabel.textContent = format(w, element.min);
    w.maxLabel.textContent = format(w, element.max);
  },
  refresh: showRange,
  read(w) {
    const low = number(w, w.low);
    const high = number(w, w.high);
    return low === undefined || high === undefined || low > high ? undefined : [low, high];
  },
  show(w, value) {
    if (!Array.isArray(value) || value.length !== 2 || !finite(value[0]) || !finite(value[1])) return false;
    w.low.value = String(value[0]);
    w.high.value = String(value[1]);
    showRange(w);
    return true;
  },
  interacting: (w) => w.dragging || w.timer !== null,
});

function number(w, input) {
  if (!input.validity.valid) return undefined;
  const n = Number(input.value);
  return Number.isFinite(n) && (!w.element.integer || Number.isInteger(n)) ? n : undefined;
}

/** The handle being moved stops at the other one. */
function keepOrder(w, moved) {
  if (Number(w.low.value) <= Number(w.high.value)) return;
  if (moved === w.low) w.low.value = w.high.value;
  else w.high.value = w.low.value;
}

function throttled(w) {
  const wait = w.lastSendAt + THROTTLE_MS - performance.now();
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
    if (!w.timer) sendIfChanged(w);
    if (!w.timer) syncToServer(w);
  };
  addEventListener('pointerup', release, true);
  addEventListener('pointercancel', release, true);
}

function showRange(w) {
  const min = Number(w.low.min || 0), max = Number(w.low.max || 100);
  const low = Number(w.low.value), high = Number(w.high.value);
  const at = (v) => (max > min ? Math.min(1, Math.max(0, (v - min) / (max - min))) : 0);
  w.fill.style.setProperty('--weft-low', String(at(low)));
  w.fill.style.setProperty('--weft-high', String(at(high)));
  w.readout.textContent = `${format(w, low)} – ${format(w, high)}`;
  // With both handles at the top, the low one must stay reachable: it goes on top.
  w.low.classList.toggle('weft-range-front', at(low) > 0.5 && low === high);
  if (!w.element.integer) {
    w.low.setAttribute('aria-valuetext', format(w, low));
    w.high.setAttribute('aria-valuetext', format(w, high));
  }
}

/** Numbers with as many decimals as the step has. */
function format(w, value) {
  if (!finite(value)) return '';
  const { step, integer } = w.element;
  if (integer) return String(Math.round(value));
  const decimals = finite(step) ? Math.min(10, (String(step).split('.')[1] ?? '').length) : 2;
  return finite(step) && !String(step).includes('e') ? value.toFixed(decimals) : String(value);
}

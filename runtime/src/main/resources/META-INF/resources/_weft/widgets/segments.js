// Pills and the segmented control (server: ChoiceWidgets, kinds pills and segmented_control): the
// options as a row of toggle buttons, loose pills or segments joined in one bar. One-pick ones
// (element.multi false) hold one option or none: a click on the picked one drops it; several-pick
// ones any number. Each option is a native button with aria-pressed, in a group named by the label,
// so Tab reaches each and Space or Enter toggles it; the arrow keys move between them too. Like every
// choice widget, they send positions: an index or null, or a list of indices.

import { el, setAttr } from '../dom.js';
import { defineWidget } from '../registry.js';
import { sendIfChanged } from './core.js';
import { labels, sameLabels } from './choices.js';

const toggles = (look) => ({
  create(w) {
    const labelId = `${w.inputId}-label`;
    w.label = el('span', { class: 'weft-widget-label', id: labelId });
    w.input = el('div', { class: `weft-toggles weft-${look}`, role: 'group', 'aria-labelledby': labelId, 'data-weft-input': '' });
    w.node.append(w.label, w.input);
    w.buttons = [];
    w.input.addEventListener('click', (e) => {
      const button = e.target.closest('button');
      if (!button || button.disabled || !w.input.contains(button)) return;
      const pressed = button.getAttribute('aria-pressed') === 'true';
      if (w.element.multi !== true) for (const other of w.buttons) other.setAttribute('aria-pressed', 'false');
      button.setAttribute('aria-pressed', String(!pressed));
      sendIfChanged(w);
    });
    w.input.addEventListener('keydown', (e) => moveFocus(w, e));
  },
  update(w, element) {
    const options = labels(element);
    const disabled = element.disabled === true;
    if (!sameLabels(w.shownOptions, options)) {
      w.shownOptions = options;
      const pressed = new Set(w.buttons.filter(isPressed).map((b) => b.value));
      w.buttons = options.map((option, i) => el('button', { type: 'button', class: 'weft-toggle-option', value: String(i),
        'aria-pressed': String(pressed.has(String(i))) }, option));
      w.input.replaceChildren(...w.buttons);
    }
    // A group is not a form control: its disabled state lives on each button.
    for (const b of w.buttons) b.disabled = disabled;
    setAttr(w.input, 'aria-disabled', disabled ? 'true' : null);
  },
  read(w) {
    const picked = w.buttons.filter(isPressed).map((b) => Number(b.value));
    return w.element.multi === true ? picked : (picked[0] ?? null);
  },
  show(w, value) {
    const picked = new Set((Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]).map(String));
    for (const b of w.buttons) b.setAttribute('aria-pressed', String(picked.has(b.value)));
  },
});

const isPressed = (b) => b.getAttribute('aria-pressed') === 'true';

/** Left/Right (and Up/Down), Home and End move the focus between the options. */
function moveFocus(w, e) {
  const at = w.buttons.indexOf(document.activeElement);
  if (at < 0) return;
  const last = w.buttons.length - 1;
  const to = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: last }[e.key];
  if (to === undefined) return;
  e.preventDefault();
  w.buttons[Math.max(0, Math.min(last, to))].focus();
}

defineWidget('pills', toggles('pills-row'));
defineWidget('segmented_control', toggles('segments'));

// What every widget shares: its node and identity across reruns, showing the server's value without
// fighting the user, sending changes, forms, and showing the server's refusals; and what several
// families draw alike: a one-line field and its hint. What differs per kind is in its family's module
// (numbers.js, choices.js, …; index.js lists them), registered with defineWidget (registry.js).

import { el, sameValue, setAttr } from '../dom.js';
import { widgetBehaviour } from '../registry.js';
import { state } from '../state.js';
import { send } from '../transport.js';

export const WIDGET_ERROR_CODES = new Set(['bad_value', 'unknown_widget', 'unknown_slot', 'disabled']);
const WIDGET_ERROR_MS = 10_000;
/** An error that arrives this soon after a widget message is taken to be about that message. */
const WIDGET_ERROR_WINDOW_MS = 5000;
let inputCounter = 0;
let lastWidgetSend = null; // { w, at }

/** Whether elements of this type are widgets. */
export function isWidget(type) {
  return widgetBehaviour(type) !== undefined;
}

/**
 * One widget on screen. Its node survives reruns of its slot as long as the slot keeps drawing a
 * widget with the same id and kind, in whatever container.
 *   committed   the value the control started from: the server's last applied value or the user's
 *               last sent one (changes are sent only when they differ from it)
 *   sent, sentAtRunGen, awaiting
 *               the user's last sent value, the newest run of the slot known when it was sent, and
 *               whether the content shown may not reflect it yet
 *   serverValue the value in the newest content, applied when the user stops interacting
 */
export function createWidget(slot, element) {
  const kind = element.t;
  const behaviour = widgetBehaviour(kind);
  const inputId = `weft-input-${++inputCounter}`;
  const node = el('div', { class: 'weft-widget', 'data-widget-id': element.id, 'data-kind': kind });
  const w = { id: element.id, kind, behaviour, slot, node, inputId, element, committed: undefined, sent: undefined,
    sentAtRunGen: -1, awaiting: false, serverValue: undefined, dragging: false, timer: null, lastSendAt: -Infinity };
  /** The widget's visible label, tied to its control. */
  w.makeLabel = (extra = {}) => (w.label = el('label', { class: 'weft-widget-label', for: inputId, ...extra }));
  behaviour.create(w);
  return w;
}

/** Brings a widget's node up to date with the element a new run drew. */
export function updateWidget(w, element, gen) {
  w.element = element;
  const label = String(element.label ?? '');
  if (w.label.textContent !== label) w.label.textContent = label;
  const disabled = element.disabled === true;
  if (w.input.disabled !== disabled) w.input.disabled = disabled;
  w.node.classList.toggle('weft-widget-disabled', disabled);
  w.behaviour.update?.(w, element);
  applyLook(w, element, label);
  showNote(w, element.note);
  applyServerValue(w, element.value, gen);
  w.behaviour.refresh?.(w);
}

/**
 * What the app set on the widget beside its label: help (a "?" after the label whose tooltip shows on
 * hover and keyboard focus), a placeholder (in a field that has one), and whether the label shows
 * (`labelVisibility` hidden keeps its space, collapsed takes none; either way the control keeps the
 * label as its accessible name, through aria-label).
 */
function applyLook(w, element, label) {
  const visibility = element.labelVisibility === 'hidden' || element.labelVisibility === 'collapsed' ? element.labelVisibility : null;
  if (w.node.dataset.labelVisibility !== (visibility ?? undefined)) {
    if (visibility) w.node.dataset.labelVisibility = visibility;
    else delete w.node.dataset.labelVisibility;
  }
  // A label the user cannot see still names the control for screen readers.
  // (Controls that name themselves, such as a range's two handles, keep their own names.)
  const named = w.label === w.input ? null : w.input;
  if (named && visibility && (w.lookNamed || !named.hasAttribute('aria-label'))) {
    setAttr(named, 'aria-label', label);
    w.lookNamed = true;
  } else if (named && !visibility && w.lookNamed) {
    named.removeAttribute('aria-label');
    w.lookNamed = false;
  }
  if ('placeholder' in w.input || w.input instanceof HTMLInputElement) {
    setAttr(w.input, 'placeholder', typeof element.placeholder === 'string' ? element.placeholder : null);
  }
  const help = typeof element.help === 'string' && element.help !== '' ? element.help : null;
  if (!help) {
    w.help?.remove();
    w.help = null;
    return;
  }
  if (!w.help) {
    const tipId = `${w.inputId}-help`;
    w.helpTip = el('span', { class: 'weft-help-tip', role: 'tooltip', id: tipId });
    w.helpButton = el('button', { type: 'button', class: 'weft-help', 'aria-describedby': tipId }, '?');
    w.helpButton.addEventListener('keydown', (e) => { if (e.key === 'Escape') w.helpButton.blur(); });
    w.help = el('span', { class: 'weft-help-wrap' }, w.helpButton, w.helpTip);
    // Right after the label, outside it, so that it is not part of the control's name.
    w.label.after(w.help);
    w.node.classList.add('weft-has-help');
  }
  setAttr(w.helpButton, 'aria-label', `Help: ${label}`);
  if (w.helpTip.textContent !== help) w.helpTip.textContent = help;
}

/** Shows the server's value unless the user is busy with the control or has sent a newer one. */
export function applyServerValue(w, value, gen) {
  if (w.behaviour.sendsValue === false) return;
  w.serverValue = value;
  if (w.awaiting && sameValue(value, w.sent)) w.awaiting = false;
  if (isInteracting(w)) return; // applied when the interaction ends (syncToServer)
  // A run that started before the user's latest value was sent does not reflect it: keep the
  // user's value on screen; the run for it is on its way (or an error will say it was refused).
  if (w.awaiting && gen <= w.sentAtRunGen) return;
  w.awaiting = false;
  setControlValue(w, value);
}

/** After a drag or an edit ends without a change to send, show what the server has. */
export function syncToServer(w) {
  if (w.node.isConnected && !isInteracting(w) && !w.awaiting && w.serverValue !== undefined
      && !w.input.getAttribute('aria-invalid')) {
    setControlValue(w, w.serverValue);
  }
}

export function isInteracting(w) {
  // A field of a form that the user changed keeps the user's value until the form is submitted.
  return (w.behaviour.interacting?.(w) ?? false) || w.formEdited === true;
}

/** Puts a value in the control; it becomes the value changes are compared with. */
export function setControlValue(w, value) {
  if (w.behaviour.show(w, value) === false) return;
  w.committed = value;
}

/** The control's value as the protocol wants it, or undefined if it is not a valid one. */
export function readValue(w) {
  return w.behaviour.read(w);
}

export function sendIfChanged(w) {
  const value = readValue(w);
  if (typeof w.element.form === 'string') return holdInForm(w, value);
  if (value === undefined || sameValue(value, w.committed)) return;
  sendWidget(w, value);
}

export function sendWidget(w, value) {
  const { slot } = w;
  const gen = slot.partialGen ?? slot.contentGen;
  if (gen === null || slot.widgets.get(w.id) !== w) return;
  const message = { type: 'widget', slot: slot.id, id: w.id, gen, value };
  if (!send(message)) {
    console.warn('[weft] not connected; the change to', w.id, 'was not sent');
    return;
  }
  state.sent++;
  state.lastSent = message;
  lastWidgetSend = { w, at: performance.now() };
  w.lastSendAt = performance.now();
  if (w.behaviour.sendsValue === false) return;
  w.committed = value;
  w.sent = value;
  w.sentAtRunGen = slot.runGen;
  w.awaiting = true;
  clearWidgetError(w);
}

// ---------------------------------------------------------------- fields

/**
 * A one-line field (number_input, text_input): its label, an input of `type` with `attributes`, and a
 * hint under it (setInvalid). `commit(w)` runs on change (blur, spinner) and on Enter; Escape puts
 * back the value the field started from; on blur the field takes the server's value.
 */
export function createLineField(w, type, attributes, commit) {
  w.input = el('input', { type, id: w.inputId, class: 'weft-field', 'data-weft-input': '', autocomplete: 'off', ...attributes });
  w.hint = el('p', { class: 'weft-widget-hint', id: `${w.inputId}-hint`, hidden: '' });
  w.node.append(w.makeLabel(), w.input, w.hint);
  w.input.addEventListener('change', () => commit(w));
  w.input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.isComposing) commit(w);
    else if (e.key === 'Escape' && !sameValue(readValue(w), w.committed)) setControlValue(w, w.committed);
  });
  w.input.addEventListener('blur', () => syncToServer(w));
}

/** Marks a field (one with `w.hint`) invalid and says why in its hint; null clears both. */
export function setInvalid(w, message) {
  setAttr(w.input, 'aria-invalid', message ? 'true' : null);
  setAttr(w.input, 'aria-describedby', message ? w.hint.id : null);
  w.hint.textContent = message ?? '';
  w.hint.hidden = !message;
}

// ---------------------------------------------------------------- forms

/** A field of a form holds the user's value until the form is submitted (submitForm). */
function holdInForm(w, value) {
  w.formEdited = value === undefined || !sameValue(value, w.committed);
  markForm(w.slot, w.element.form);
}

/** The fields of form `formId` in the slot: the widgets drawn in it that have a value. */
export function formFields(slot, formId) {
  return [...slot.widgets.values()].filter((w) => w.element.form === formId && w.behaviour.sendsValue !== false);
}

/** The server's note under a widget (a link's value it did not use), or none. */
function showNote(w, note) {
  // Its own field: a widget's `note` is its family's (a multiselect's count or placeholder).
  if (typeof note !== 'string' || !note) {
    w.urlNote?.remove();
    w.urlNote = null;
    return;
  }
  if (!w.urlNote) {
    w.urlNote = el('p', { class: 'weft-widget-note', role: 'status' });
    w.node.append(w.urlNote);
  }
  if (w.urlNote.textContent !== note) w.urlNote.textContent = note;
}

/** Shows on the form whether it holds changes not yet submitted (`data-edited`). */
export function markForm(slot, formId) {
  const edited = formFields(slot, formId).some((w) => w.formEdited);
  for (const node of slot.body.querySelectorAll('form.weft-form')) {
    if (node.dataset.formId === formId) node.toggleAttribute('data-edited', edited);
  }
}

/**
 * Sends every field of the form at once with the submit button `button` (a widget), if every field
 * holds a value it can send; otherwise says why under the first that does not, and sends nothing.
 */
export function submitForm(slot, formId, button) {
  const gen = slot.partialGen ?? slot.contentGen;
  if (gen === null || !button || button.element.disabled === true || slot.widgets.get(button.id) !== button) return false;
  const fields = formFields(slot, formId).filter((w) => w.element.disabled !== true);
  const values = {};
  for (const w of fields) {
    const value = readValue(w);
    if (value === undefined) {
      w.behaviour.explain?.(w);
      w.input.focus();
      return false;
    }
    values[w.id] = value;
  }
  const message = { type: 'form', slot: slot.id, id: formId, gen, submit: button.id, values };
  if (!send(message)) {
    console.warn('[weft] not connected; the form', formId, 'was not sent');
    return false;
  }
  state.sent++;
  state.forms++;
  state.lastSent = message;
  lastWidgetSend = { w: button, at: performance.now() };
  for (const w of fields) {
    w.committed = values[w.id];
    w.sent = values[w.id];
    w.sentAtRunGen = slot.runGen;
    w.awaiting = true;
    w.formEdited = false;
    clearWidgetError(w);
  }
  clearWidgetError(button);
  markForm(slot, formId);
  return true;
}

/** The server refused a submitted form: its fields keep what the user entered, to be corrected. */
function formRefused(slot, formId) {
  for (const w of formFields(slot, formId)) {
    if (w.awaiting) {
      w.awaiting = false;
      w.formEdited = true;
    }
  }
  markForm(slot, formId);
}

/** The widget left its slot's content. */
export function dropWidget(w) {
  clearTimeout(w.timer);
  w.timer = null;
  w.dragging = false;
  clearTimeout(w.errorTimer);
  w.behaviour.drop?.(w);
}

/** A `bad_value`, `unknown_widget`, `unknown_slot` or `disabled` error, shown under the widget it is about. */
export function onWidgetError(msg, findWidget) {
  state.widgetErrors++;
  // Errors carry no widget id today; they answer the messages in order, so a widget error soon after
  // a widget message is about that message. (An id in the error, if the server ever adds it, wins.)
  let w = null;
  if (typeof msg.slot === 'string' && typeof msg.id === 'string') w = findWidget(msg.slot, msg.id);
  else if (lastWidgetSend && performance.now() - lastWidgetSend.at < WIDGET_ERROR_WINDOW_MS) w = lastWidgetSend.w;
  if (!w || !w.node.isConnected) return;
  if (typeof w.element.form === 'string') {
    formRefused(w.slot, w.element.form); // nothing was applied; the user's entries stay
  } else {
    // The server changed nothing: show its value again, unless the user is still editing.
    w.awaiting = false;
    if (!isInteracting(w) && w.serverValue !== undefined) setControlValue(w, w.serverValue);
  }
  showWidgetError(w, msg.code, msg.message || {
    bad_value: 'This value was not accepted.',
    unknown_widget: 'This control is no longer on the page.',
    unknown_slot: 'This part of the page is no longer there.',
    disabled: 'This control is disabled.',
  }[msg.code]);
}

/** Shows a refusal under the widget (`.weft-widget-error[role=alert]`) until its next content, or for 10 s. */
export function showWidgetError(w, code, text) {
  clearWidgetError(w);
  w.error = el('p', { class: 'weft-widget-error', role: 'alert', 'data-code': code }, text);
  w.node.append(w.error);
  w.errorTimer = setTimeout(() => clearWidgetError(w), WIDGET_ERROR_MS);
}

export function clearWidgetError(w) {
  clearTimeout(w.errorTimer);
  w.error?.remove();
  w.error = null;
}

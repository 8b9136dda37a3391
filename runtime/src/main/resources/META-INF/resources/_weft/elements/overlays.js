// Overlays: the modal dialog (ui.dialog) and the popover (ui.popover).
//
// dialog: a native <dialog> shown with showModal(), so the rest of the page is inert; Tab also wraps
// within it. Its `value` (open or not) is the fragment's: the browser opens it only when a content
// says so, and the user closes it (close button, Escape, a click on the backdrop) by sending `false`
// as the dialog widget's value, which reruns the fragment. Until a run newer than that close has
// drawn it, a content that still shows it open does not open it again. Closing gives the focus back
// to what had it when the dialog opened.
//
// popover: a button that opens a panel under it (the native popover attribute: Escape and a click
// elsewhere close it); the panel's content is always drawn, its open state is the browser's and
// survives reruns. Closing it with the focus inside gives the focus back to the button.

import { el } from '../dom.js';
import { defineElement } from '../registry.js';
import { send } from '../transport.js';

let counter = 0;

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), '
  + 'textarea:not([disabled]), [tabindex]:not([tabindex="-1"]), summary';

/** The elements of `root` the Tab key reaches, in order. */
function focusables(root) {
  return [...root.querySelectorAll(FOCUSABLE)].filter((node) => !node.closest('[hidden], [inert]')
    && node.getClientRects().length > 0);
}

// ---------------------------------------------------------------- dialog

defineElement('dialog', {
  container: true,
  render(element, ctx) {
    const id = `weft-dialog-${++counter}`;
    const close = el('button', { type: 'button', class: 'weft-dialog-close', 'aria-label': 'Close', title: 'Close' },
      el('span', { class: 'weft-dialog-close-icon', 'aria-hidden': 'true' }));
    const dialog = el('dialog', { class: 'weft-dialog', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': `${id}-title` },
      el('h2', { class: 'weft-dialog-title', id: `${id}-title` }, String(element.label ?? '')),
      el('div', { class: 'weft-dialog-body weft-block' }),
      close);
    setWidth(dialog, element);
    dialog.weft = { slot: ctx.slot, id: element.id, dismissedAt: null, opener: null };
    close.addEventListener('click', () => dismiss(dialog));
    dialog.addEventListener('cancel', (event) => { event.preventDefault(); dismiss(dialog); }); // Escape
    dialog.addEventListener('click', (event) => { if (event.target === dialog && outside(event, dialog)) dismiss(dialog); });
    dialog.addEventListener('keydown', (event) => { if (event.key === 'Tab') wrapTab(event, dialog); });
    dialog.addEventListener('close', () => giveFocusBack(dialog));
    const gen = ctx.entryGen;
    ctx.afterMount(() => apply(dialog, element, gen));
    ctx.cleanup(dialog, () => { if (dialog.open) dialog.close(); });
    return dialog;
  },
  update(node, element, previous, ctx) {
    const title = node.querySelector(':scope > .weft-dialog-title');
    if (title.textContent !== String(element.label ?? '')) title.textContent = String(element.label ?? '');
    setWidth(node, element);
    const gen = ctx.entryGen;
    ctx.afterMount(() => apply(node, element, gen));
    return true;
  },
  body: (node) => node.querySelector(':scope > .weft-dialog-body'),
});

/** The dialog's widest (ui.dialog(title, Dialog.Width)): medium or large; small, the default, otherwise. */
function setWidth(dialog, element) {
  if (element.width === 'medium' || element.width === 'large') dialog.dataset.width = element.width;
  else delete dialog.dataset.width;
}

/** Opens or closes the dialog as a content of run `gen` says, unless the user closed it since. */
function apply(dialog, element, gen) {
  const w = dialog.weft;
  w.id = element.id;
  let open = element.value === true;
  if (w.dismissedAt !== null) {
    if (open && typeof gen === 'number' && gen <= w.dismissedAt) open = false; // drawn before the user closed it
    else if (typeof gen === 'number' && gen > w.dismissedAt) w.dismissedAt = null;
  }
  if (open && !dialog.open && dialog.isConnected) {
    w.opener = document.activeElement;
    dialog.showModal();
    (focusables(dialog.querySelector(':scope > .weft-dialog-body'))[0] ?? dialog.querySelector('.weft-dialog-close')).focus();
  } else if (!open && dialog.open) {
    dialog.close();
  }
}

/** The user closes the dialog: hidden at once, and the fragment told (it reruns with the dialog closed). */
function dismiss(dialog) {
  const w = dialog.weft;
  if (!dialog.open) return;
  w.dismissedAt = w.slot.runGen;
  dialog.close();
  const gen = w.slot.partialGen ?? w.slot.contentGen;
  if (gen !== null) send({ type: 'widget', slot: w.slot.id, id: w.id, gen, value: false });
}

/** Whether a click on the dialog element itself fell on its backdrop, beside its box. */
function outside(event, dialog) {
  const box = dialog.getBoundingClientRect();
  return event.clientX < box.left || event.clientX > box.right || event.clientY < box.top || event.clientY > box.bottom;
}

/** Tab from the last control goes to the first, Shift+Tab from the first to the last. */
function wrapTab(event, dialog) {
  const list = focusables(dialog);
  if (list.length === 0) return;
  const first = list[0];
  const last = list[list.length - 1];
  if (event.shiftKey && (document.activeElement === first || !dialog.contains(document.activeElement))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

function giveFocusBack(dialog) {
  const opener = dialog.weft.opener;
  dialog.weft.opener = null;
  if (opener?.isConnected && typeof opener.focus === 'function') opener.focus({ preventScroll: true });
}

// ---------------------------------------------------------------- popover

defineElement('popover', {
  container: true,
  render(element) {
    const id = `weft-popover-${++counter}`;
    const button = el('button', {
      type: 'button', class: 'weft-popover-button', id: `${id}-button`, popovertarget: `${id}-panel`,
      'aria-expanded': 'false', 'aria-controls': `${id}-panel`,
    }, el('span', { class: 'weft-popover-label' }, String(element.label ?? '')),
    el('span', { class: 'weft-popover-chevron', 'aria-hidden': 'true' }));
    const panel = el('div', {
      class: 'weft-popover-panel weft-block', id: `${id}-panel`, popover: 'auto', role: 'dialog',
      'aria-labelledby': `${id}-button`, tabindex: '-1',
    });
    const node = el('div', { class: 'weft-popover' }, button, panel);
    const place = () => position(button, panel);
    panel.addEventListener('toggle', (event) => {
      const open = event.newState === 'open';
      button.setAttribute('aria-expanded', String(open));
      if (open) {
        place();
        (focusables(panel)[0] ?? panel).focus({ preventScroll: true });
        addEventListener('scroll', place, { capture: true, passive: true });
        addEventListener('resize', place, { passive: true });
      } else {
        removeEventListener('scroll', place, { capture: true });
        removeEventListener('resize', place);
        const active = document.activeElement;
        if (!active || active === document.body || panel.contains(active)) button.focus({ preventScroll: true });
      }
    });
    return node;
  },
  update(node, element) {
    const label = node.querySelector('.weft-popover-label');
    if (label.textContent !== String(element.label ?? '')) label.textContent = String(element.label ?? '');
    return true;
  },
  body: (node) => node.querySelector(':scope > .weft-popover-panel'),
  place(node, childNodes) {
    return childNodes;
  },
});

/** Puts the open panel under its button, kept within the window. */
function position(button, panel) {
  if (!panel.matches(':popover-open')) return;
  const box = button.getBoundingClientRect();
  const margin = 8;
  const width = panel.offsetWidth;
  const height = panel.offsetHeight;
  const left = Math.max(margin, Math.min(box.left, innerWidth - width - margin));
  const below = box.bottom + 6;
  const top = below + height > innerHeight - margin && box.top - 6 - height > margin ? box.top - 6 - height : below;
  panel.style.left = `${Math.round(left)}px`;
  panel.style.top = `${Math.round(top)}px`;
}

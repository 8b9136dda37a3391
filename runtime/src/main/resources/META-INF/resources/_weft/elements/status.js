// Status elements: callouts (error, info, success, warning), progress bars, spinners, status boxes,
// and toasts (a `toast` message, shown once: never part of a slot's content).

import { el } from '../dom.js';
import { root, state } from '../state.js';
import { defineElement, defineMessage } from '../registry.js';
import { markdownHtml } from './text.js';

const TOAST_MS = 4500;

defineElement('error', {
  render(element) {
    const box = el('div', { class: 'weft-error', role: 'alert' });
    box.append(el('p', { class: 'weft-error-message' }, String(element.message ?? 'Error')));
    if (element.trace) {
      const details = el('details', { class: 'weft-trace' });
      details.append(el('summary', {}, 'Stack trace'), el('pre', {}, String(element.trace)));
      box.append(details);
    }
    return box;
  },
});

// info, success and warning: a coloured box with an icon; the message is Markdown (sanitized).
for (const kind of ['info', 'success', 'warning']) {
  defineElement(kind, {
    render(element) {
      const box = el('div', { class: `weft-callout weft-callout-${kind}`, role: kind === 'warning' ? 'alert' : 'status' });
      const text = el('div', { class: 'weft-callout-message weft-markdown' });
      text.innerHTML = markdownHtml(element.message);
      box.append(el('span', { class: 'weft-callout-icon', 'aria-hidden': 'true' }), text);
      return box;
    },
  });
}

defineElement('progress', {
  render(element) {
    const bar = el('div', { class: 'weft-progress', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': '100' });
    const text = el('div', { class: 'weft-progress-text' });
    bar.append(text, el('div', { class: 'weft-progress-track' }, el('div', { class: 'weft-progress-fill' })));
    applyProgress(bar, element);
    return bar;
  },
  // Moved while the run goes on: the bar slides from where it was.
  update(node, element) {
    applyProgress(node, element);
    return true;
  },
});

function applyProgress(bar, element) {
  const value = Number.isFinite(element.value) ? Math.min(1, Math.max(0, element.value)) : 0;
  const percent = Math.round(value * 1000) / 10;
  bar.dataset.value = String(value);
  bar.setAttribute('aria-valuenow', String(percent));
  const text = typeof element.text === 'string' ? element.text : '';
  bar.setAttribute('aria-valuetext', text ? `${text} (${percent} %)` : `${percent} %`);
  bar.setAttribute('aria-label', text || 'Progress');
  bar.querySelector('.weft-progress-text').textContent = text;
  bar.querySelector('.weft-progress-text').hidden = !text;
  bar.querySelector('.weft-progress-fill').style.width = `${percent}%`;
}

defineElement('spinner', {
  render: (element) => el('div', { class: 'weft-spinner-line', role: 'status' },
    el('span', { class: 'weft-spinner', 'aria-hidden': 'true' }), String(element.text ?? 'Running…')),
});

// A status box: a collapsible container with a state icon. Expanded while running or failed,
// collapsed once complete, unless the user has opened or closed it.
defineElement('status', {
  container: true,
  render(element) {
    const details = el('details', { class: 'weft-status' });
    const summary = el('summary', { class: 'weft-status-label' },
      el('span', { class: 'weft-status-icon', 'aria-hidden': 'true' }), el('span', { class: 'weft-status-text' }));
    details.append(summary, el('div', { class: 'weft-status-body weft-block' }));
    summary.addEventListener('click', () => { details.weftTouched = true; });
    applyStatus(details, element, null);
    return details;
  },
  update(node, element, previous) {
    applyStatus(node, element, previous);
    return true;
  },
  body: (node) => node.querySelector(':scope > .weft-status-body'),
});

function applyStatus(details, element, previous) {
  const stateName = ['running', 'complete', 'error'].includes(element.state) ? element.state : 'running';
  details.dataset.state = stateName;
  details.querySelector('.weft-status-text').textContent = String(element.label ?? '');
  details.querySelector('.weft-status-icon').className = `weft-status-icon${stateName === 'running' ? ' weft-spinner' : ''}`;
  if (!details.weftTouched && previous?.state !== element.state) details.open = stateName !== 'complete';
}

// ---------------------------------------------------------------- toasts

let toasts = null;

defineMessage('toast', (msg) => {
  toasts ??= document.body.appendChild(el('div', { class: 'weft-toasts', role: 'status', 'aria-live': 'polite' }));
  const toast = el('div', { class: 'weft-toast', 'data-slot': String(msg.slot ?? '') },
    el('span', { class: 'weft-toast-text' }, String(msg.text ?? '')));
  const close = el('button', { type: 'button', class: 'weft-toast-close', 'aria-label': 'Dismiss' }, '×');
  const dismiss = () => {
    toast.classList.add('weft-toast-leaving');
    setTimeout(() => toast.remove(), 200);
  };
  close.addEventListener('click', dismiss);
  toast.append(close);
  toasts.append(toast);
  state.toasts = (state.toasts ?? 0) + 1;
  setTimeout(dismiss, TOAST_MS);
  root.dispatchEvent(new CustomEvent('weft:toast', { detail: { text: msg.text } }));
});

// Status elements: the error callout (a fragment's exception, or ui.error).

import { el } from '../dom.js';
import { defineElement } from '../registry.js';

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

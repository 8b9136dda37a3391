// Text elements: title, header, subheader, text, caption, markdown, html, divider.

import { el } from '../dom.js';
import { DOMPurify, marked } from '../libs.js';
import { defineElement } from '../registry.js';

defineElement('title', { render: (element) => el('h1', {}, String(element.text ?? '')) });

defineElement('header', { render: (element) => el('h2', {}, String(element.text ?? '')) });

defineElement('subheader', { render: (element) => el('h3', { class: 'weft-subheader' }, String(element.text ?? '')) });

defineElement('caption', {
  render: (element) => el('p', { class: 'weft-caption' }, String(element.text ?? '')),
  update(node, element) {
    node.textContent = String(element.text ?? '');
    return true;
  },
});

defineElement('divider', { render: () => el('hr', { class: 'weft-divider' }) });

// HTML from the app, sanitized like Markdown's output: no script, event handler, javascript: URL,
// form or frame reaches the page.
defineElement('html', {
  render(element) {
    const div = el('div', { class: 'weft-html' });
    div.innerHTML = sanitizeHtml(element.html);
    return div;
  },
});

defineElement('text', {
  render: (element) => el('p', { class: 'weft-text' }, String(element.text ?? '')),
  // A text refreshed while its run goes on (an empty() placeholder's progress) keeps its node.
  update(node, element) {
    node.textContent = String(element.text ?? '');
    return true;
  },
});

defineElement('markdown', {
  render(element) {
    const div = el('div', { class: 'weft-markdown' });
    div.innerHTML = markdownHtml(element.text);
    return div;
  },
  update(node, element) {
    node.innerHTML = markdownHtml(element.text);
    return true;
  },
});

/** Markdown rendered with marked and sanitized with DOMPurify: no script or event handler survives. */
export function markdownHtml(text) {
  return DOMPurify.sanitize(marked.parse(String(text ?? ''), { async: false, gfm: true }));
}

/** HTML sanitized with DOMPurify; forms, frames and styles are dropped too (they could fake or restyle the page). */
export function sanitizeHtml(html) {
  return DOMPurify.sanitize(String(html ?? ''), {
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'frame', 'object', 'embed'],
    FORBID_ATTR: ['style', 'formaction'],
  });
}

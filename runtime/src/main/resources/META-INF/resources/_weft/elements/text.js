// Text elements: title, header, text, markdown.

import { el } from '../dom.js';
import { DOMPurify, marked } from '../libs.js';
import { defineElement } from '../registry.js';

defineElement('title', { render: (element) => el('h1', {}, String(element.text ?? '')) });

defineElement('header', { render: (element) => el('h2', {}, String(element.text ?? '')) });

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

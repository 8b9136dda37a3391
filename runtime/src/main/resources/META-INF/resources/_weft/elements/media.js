// Images and download buttons. Bytes drawn by the app are served by the server under /_weft/media/
// (per session, while shown); an SVG is shown in an <img>, where its scripts never run.

import { el } from '../dom.js';
import { defineElement } from '../registry.js';

defineElement('image', {
  render(element) {
    const caption = typeof element.caption === 'string' ? element.caption : '';
    const img = el('img', { src: String(element.url ?? ''), alt: caption, decoding: 'async' });
    const figure = el('figure', { class: 'weft-image' }, img);
    if (Number.isFinite(element.width) && element.width > 0) img.style.width = `${element.width}px`;
    img.addEventListener('load', () => { figure.dataset.loaded = 'true'; });
    img.addEventListener('error', () => { figure.dataset.loaded = 'false'; });
    if (caption) figure.append(el('figcaption', {}, caption));
    return figure;
  },
});

defineElement('download_button', {
  render(element) {
    const link = el('a', {
      class: 'weft-download',
      href: String(element.url ?? ''),
      download: String(element.fileName ?? 'download'),
      role: 'button',
    });
    link.append(el('span', { class: 'weft-download-icon', 'aria-hidden': 'true' }),
      el('span', { class: 'weft-download-label' }, String(element.label ?? 'Download')));
    if (Number.isFinite(element.size)) {
      link.append(el('span', { class: 'weft-download-size' }, formatBytes(element.size)));
      link.title = `${element.fileName} · ${formatBytes(element.size)}`;
    }
    return el('div', { class: 'weft-download-row' }, link);
  },
});

function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

// A link that looks like a button (Ui.linkButton). It is a link, not a button, to assistive
// technology: it opens a URL. The server accepts only http(s) and relative URLs; an http(s) one opens
// in a new tab, without giving that page a handle on this one.
const SAFE_URL = /^(https?:\/\/|[/?#]|(?![a-z][a-z0-9+.-]*:)[^\s]*$)/i;

defineElement('link_button', {
  render(element) {
    const url = String(element.url ?? '');
    const link = el('a', { class: 'weft-download weft-link-button' });
    if (SAFE_URL.test(url)) link.href = url; // the server checked it; this is a second line of defence
    if (element.external === true) {
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
    }
    link.append(el('span', { class: 'weft-download-label' }, String(element.label ?? '')));
    if (element.external === true) {
      link.append(el('span', { class: 'weft-link-icon', 'aria-hidden': 'true' }),
        el('span', { class: 'weft-sr-only' }, ' (opens in a new tab)'));
    }
    if (typeof element.help === 'string') link.title = element.help;
    return el('div', { class: 'weft-download-row' }, link);
  },
});

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

// The pages menu: every @App of the server, in the order of @App(order) then path, as ordinary links
// (each page is its own session). The page carries the list in <script id="weft-pages">; a site of one
// page shows no menu.

import { el } from './dom.js';
import { APP } from './state.js';

/** The pages of the site, as the server listed them: [{ path, title, icon }]. */
export const pages = readPages();

function readPages() {
  try {
    const list = JSON.parse(document.getElementById('weft-pages')?.textContent ?? '[]');
    return Array.isArray(list) ? list.filter((p) => typeof p?.path === 'string') : [];
  } catch {
    return [];
  }
}

/** The menu (nav.weft-nav), or null when the site has a single page. */
export function pagesMenu() {
  if (pages.length < 2) return null;
  const list = el('ul', { class: 'weft-nav-list' });
  // Icons only when some page has one; then a page without one keeps its title in line with the others.
  const icons = pages.some((page) => typeof page.icon === 'string' && page.icon !== '');
  for (const page of pages) {
    const current = page.path === APP;
    const icon = !icons ? [] : page.icon ? [iconNode(page.icon, 'weft-nav-icon', 20)]
      : [el('span', { class: 'weft-nav-icon weft-icon-none', 'aria-hidden': 'true' })];
    const link = el('a', { class: 'weft-nav-link', href: page.path }, ...icon,
      el('span', { class: 'weft-nav-title' }, String(page.title ?? page.path)));
    if (current) link.setAttribute('aria-current', 'page');
    list.append(el('li', {}, link));
  }
  return el('nav', { class: 'weft-nav', 'aria-label': 'Pages' }, list);
}

/**
 * A page's icon, decorative (its title is next to it): an image for a path, the emoji itself, or
 * Weft's logo when the page names none.
 */
export function iconNode(icon, className, size) {
  const text = typeof icon === 'string' ? icon : '';
  if (text !== '' && !text.startsWith('/')) {
    return el('span', { class: `${className} weft-icon-emoji`, 'aria-hidden': 'true' }, text);
  }
  const src = text === '' ? '/_weft/favicon.svg' : text;
  return el('img', { class: `${className} weft-icon-image`, src, alt: '', width: String(size), height: String(size) });
}

// The pages menu: every @App of the server that is not hidden, in the order of @App(order) then path,
// grouped by @App(section), as ordinary links (each page is its own session). The page carries the list
// in <script id="weft-pages">; a site of one page shows no menu. Also: `switch_page` (ui.switchPage).

import { el } from './dom.js';
import { defineMessage } from './registry.js';
import { APP } from './state.js';

/** The pages of the menu, as the server listed them: [{ path, title, icon, section }]. */
export const pages = readPages();

function readPages() {
  try {
    const list = JSON.parse(document.getElementById('weft-pages')?.textContent ?? '[]');
    return Array.isArray(list) ? list.filter((p) => typeof p?.path === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * The menu (nav.weft-nav), or null when it would list this page alone: it shows when it lists two
 * pages or more, or when the current page (a hidden one) is not among them. Pages with a section are
 * listed under its heading, after those without one; a section comes where its first page is.
 */
export function pagesMenu() {
  const current = pages.some((page) => page.path === APP);
  if (pages.length === 0 || (pages.length < 2 && current)) return null;
  // Icons only when some page has one; then a page without one keeps its title in line with the others.
  const icons = pages.some((page) => typeof page.icon === 'string' && page.icon !== '');
  const groups = new Map(); // section ('' for none) -> pages, in menu order
  for (const page of pages) {
    const section = typeof page.section === 'string' ? page.section : '';
    if (!groups.has(section)) groups.set(section, []);
    groups.get(section).push(page);
  }
  const nav = el('nav', { class: 'weft-nav', 'aria-label': 'Pages' });
  if (groups.has('')) nav.append(pageList(groups.get(''), icons));
  let index = 0;
  for (const [section, list] of groups) {
    if (section === '') continue;
    const id = `weft-nav-section-${++index}`;
    nav.append(el('h2', { class: 'weft-nav-section', id }, section), pageList(list, icons, id));
  }
  return nav;
}

/** One list of menu entries (a section's, labelled by its heading). */
function pageList(list, icons, labelledBy) {
  const ul = el('ul', { class: 'weft-nav-list', ...(labelledBy ? { 'aria-labelledby': labelledBy } : {}) });
  for (const page of list) {
    const icon = !icons ? [] : page.icon ? [iconNode(page.icon, 'weft-nav-icon', 20)]
      : [el('span', { class: 'weft-nav-icon weft-icon-none', 'aria-hidden': 'true' })];
    const link = el('a', { class: 'weft-nav-link', href: page.path }, ...icon,
      el('span', { class: 'weft-nav-title' }, String(page.title ?? page.path)));
    if (page.path === APP) link.setAttribute('aria-current', 'page');
    ul.append(el('li', {}, link));
  }
  return ul;
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

// ui.switchPage: the browser goes to another page of the site, as a click on its link would.
defineMessage('switch_page', (msg) => {
  const path = typeof msg.path === 'string' ? msg.path : '';
  if (path.startsWith('/') && !path.startsWith('//')) location.assign(path);
});

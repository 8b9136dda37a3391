// page_link (ui.pageLink): a link to a page of the site, with its icon and label; the link to the
// current page is marked (aria-current).

import { el } from '../dom.js';
import { defineElement } from '../registry.js';
import { iconNode } from '../nav.js';

defineElement('page_link', {
  render(element) {
    const path = typeof element.path === 'string' && element.path.startsWith('/') ? element.path : '/';
    const icon = typeof element.icon === 'string' && element.icon !== '' ? [iconNode(element.icon, 'weft-page-link-icon', 18)] : [];
    const link = el('a', { class: 'weft-page-link', href: path }, ...icon,
      el('span', { class: 'weft-page-link-label' }, String(element.label ?? path)));
    if (element.current === true) link.setAttribute('aria-current', 'page');
    return link;
  },
});

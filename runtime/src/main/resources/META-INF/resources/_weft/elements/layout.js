// Layout containers: columns, tabs, expander, container and empty. Each holds its elements in
// `children`; render.js draws those and hands their nodes to place(). A container keeps its node
// (and so what the user did with it: the tab picked, the expander opened) across reruns while the
// same type is drawn in the same place.

import { el } from '../dom.js';
import { defineElement } from '../registry.js';

let tabsCounter = 0;

/** A container whose children go straight into its node. */
function block(type, className) {
  defineElement(type, {
    container: true,
    render: () => el('div', { class: `${className} weft-block`, 'data-type': type }),
  });
}

// A container, plain or with options (ui.container(Container)): a border, a fixed height that scrolls
// (focusable, so the keyboard scrolls it too), its elements side by side.
defineElement('container', {
  container: true,
  render(element) {
    const node = el('div', { class: 'weft-container weft-block', 'data-type': 'container' });
    applyContainer(node, element);
    return node;
  },
  update(node, element) {
    applyContainer(node, element);
    return true;
  },
});

function applyContainer(node, element) {
  const height = Number.isInteger(element.height) && element.height > 0 ? element.height : 0;
  node.classList.toggle('weft-bordered', element.border === true);
  node.classList.toggle('weft-horizontal', element.horizontal === true);
  node.classList.toggle('weft-scrolling', height > 0);
  node.style.height = height > 0 ? `${height}px` : '';
  if (height > 0) node.tabIndex = 0;
  else node.removeAttribute('tabindex');
}
block('empty', 'weft-empty');

defineElement('columns', {
  container: true,
  render: () => el('div', { class: 'weft-columns' }),
  place(node, childNodes, element) {
    // Relative widths; minmax(0, …) lets a column shrink below its content's width (charts, long words).
    const widths = (element.children ?? []).map((c) => (c?.width > 0 && Number.isFinite(c.width) ? c.width : 1));
    node.style.setProperty('--weft-columns', widths.map((w) => `minmax(0, ${w}fr)`).join(' ') || '1fr');
    return childNodes;
  },
});

defineElement('column', {
  container: true,
  render: () => el('div', { class: 'weft-column weft-block' }),
});

defineElement('expander', {
  container: true,
  render(element) {
    const details = el('details', { class: 'weft-expander' });
    if (element.expanded === true) details.open = true;
    details.append(el('summary', { class: 'weft-expander-label' }, String(element.label ?? '')),
      el('div', { class: 'weft-expander-body weft-block' }));
    return details;
  },
  update(node, element, previous) {
    const label = node.querySelector(':scope > summary');
    if (label.textContent !== String(element.label ?? '')) label.textContent = String(element.label ?? '');
    // The user's open/closed choice stands until the app draws the expander with another `expanded`.
    if ((element.expanded === true) !== (previous.expanded === true)) node.open = element.expanded === true;
    return true;
  },
  body: (node) => node.querySelector(':scope > .weft-expander-body'),
});

// Tabs (WAI-ARIA tabs pattern): a tablist of buttons, arrow keys move between them, one panel shown.
defineElement('tabs', {
  container: true,
  render() {
    const id = `weft-tabs-${++tabsCounter}`;
    const node = el('div', { class: 'weft-tabs', 'data-tabs-id': id });
    const list = el('div', { class: 'weft-tablist', role: 'tablist' });
    const panels = el('div', { class: 'weft-tabpanels' });
    node.append(list, panels);
    node.weftSelected = 0;
    list.addEventListener('click', (e) => {
      const tab = e.target.closest('[role=tab]');
      if (tab) select(node, Number(tab.dataset.index), false);
    });
    list.addEventListener('keydown', (e) => {
      const count = list.children.length;
      const moves = { ArrowRight: 1, ArrowLeft: -1, Home: -Infinity, End: Infinity };
      if (!(e.key in moves) || count === 0) return;
      e.preventDefault();
      const step = moves[e.key];
      const next = Number.isFinite(step) ? (node.weftSelected + step + count) % count : step < 0 ? 0 : count - 1;
      select(node, next, true);
    });
    return node;
  },
  body: (node) => node.querySelector(':scope > .weft-tabpanels'),
  place(node, childNodes, element) {
    const list = node.querySelector(':scope > .weft-tablist');
    const labels = (element.children ?? []).map((c) => String(c?.label ?? ''));
    const id = node.dataset.tabsId;
    while (list.children.length > labels.length) list.lastElementChild.remove();
    labels.forEach((label, i) => {
      let tab = list.children[i];
      if (!tab) {
        tab = el('button', { type: 'button', role: 'tab', class: 'weft-tab', id: `${id}-tab-${i}`,
          'aria-controls': `${id}-panel-${i}`, 'data-index': String(i) });
        list.append(tab);
      }
      if (tab.textContent !== label) tab.textContent = label;
    });
    childNodes.forEach((panel, i) => {
      panel.id = `${id}-panel-${i}`;
      panel.setAttribute('aria-labelledby', `${id}-tab-${i}`);
    });
    node.weftPanels = childNodes;
    select(node, Math.min(node.weftSelected, Math.max(0, labels.length - 1)), false);
    return childNodes;
  },
});

defineElement('tab', {
  container: true,
  render: () => el('div', { class: 'weft-tabpanel weft-block', role: 'tabpanel', tabindex: '0' }),
});

function select(node, index, focus) {
  node.weftSelected = index;
  const tabs = node.querySelectorAll(':scope > .weft-tablist > [role=tab]');
  tabs.forEach((tab, i) => {
    const selected = i === index;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    if (selected && focus) tab.focus();
  });
  (node.weftPanels ?? []).forEach((panel, i) => { panel.hidden = i !== index; });
}

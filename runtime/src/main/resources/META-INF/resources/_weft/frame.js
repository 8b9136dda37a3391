// The page frame: header (sidebar toggle, app title, connection pill), banners, the sidebar and the
// main column that hold the slots.

import { el } from './dom.js';
import { root, state, APP } from './state.js';

const OFFLINE_DIM_AFTER_MS = 2000;
const SIDEBAR_KEY = `weft.sidebar:${APP}`;

export const frame = buildFrame();

function buildFrame() {
  const header = el('header', { class: 'weft-header' });
  const inner = el('div', { class: 'weft-header-inner' });
  const toggle = el('button', {
    type: 'button', class: 'weft-sidebar-toggle', 'aria-controls': 'weft-sidebar', 'aria-expanded': 'true', hidden: '',
  }, sidebarIcon());
  const brand = el('div', { class: 'weft-brand' });
  brand.append(
    el('img', { class: 'weft-logo', src: '/_weft/favicon.svg', alt: '', width: '24', height: '24' }),
    el('span', { class: 'weft-app-title' }, root.dataset.title || document.title),
  );
  const conn = el('div', { class: 'weft-conn', role: 'status', 'aria-live': 'polite', 'data-state': 'connecting' });
  const connLabel = el('span', { class: 'weft-conn-label' }, 'Connecting…');
  conn.append(el('span', { class: 'weft-conn-dot', 'aria-hidden': 'true' }), connLabel);
  inner.append(toggle, brand, conn);
  header.append(inner);

  const banners = el('div', { class: 'weft-banners' });
  const sidebarSlots = el('div', { class: 'weft-sidebar-slots' });
  const sidebar = el('aside', { class: 'weft-sidebar', id: 'weft-sidebar', 'aria-label': 'Sidebar', hidden: '' }, sidebarSlots);
  const slots = el('div', { class: 'weft-slots' });
  const layout = el('div', { class: 'weft-layout' }, sidebar, slots);
  root.replaceChildren(header, banners, layout);
  toggle.addEventListener('click', () => setSidebarCollapsed(!isCollapsed()));
  return { header, title: brand.querySelector('.weft-app-title'), conn, connLabel, banners, layout, sidebar, sidebarSlots, toggle, slots };
}

function sidebarIcon() {
  // A panel with its left column: drawn with CSS boxes, so it takes the text colour and no asset.
  return el('span', { class: 'weft-sidebar-icon', 'aria-hidden': 'true' });
}

/** The slot container of an area of the page: `sidebar`, or the main column for anything else. */
export function areaContainer(area) {
  return area === 'sidebar' ? frame.sidebarSlots : frame.slots;
}

/** Shows the sidebar (and its toggle) when some slot that draws is in it. */
export function showSidebar(present) {
  frame.toggle.hidden = !present;
  root.classList.toggle('weft-has-sidebar', present);
  applySidebar(present && !isCollapsed());
}

function isCollapsed() {
  try { return localStorage.getItem(SIDEBAR_KEY) === 'collapsed'; } catch { return false; }
}

function setSidebarCollapsed(collapsed) {
  try { localStorage.setItem(SIDEBAR_KEY, collapsed ? 'collapsed' : 'open'); } catch { /* private mode: not remembered */ }
  applySidebar(!collapsed);
}

function applySidebar(open) {
  frame.sidebar.hidden = !open;
  root.classList.toggle('weft-sidebar-open', open);
  frame.toggle.setAttribute('aria-expanded', String(open));
  const label = open ? 'Hide sidebar' : 'Show sidebar';
  frame.toggle.setAttribute('aria-label', label);
  frame.toggle.title = label;
}

export function setConnection(next) {
  state.connection = next;
  frame.conn.dataset.state = next;
  frame.connLabel.textContent = { connecting: 'Connecting…', connected: 'Connected', reconnecting: 'Reconnecting…' }[next];
  frame.conn.title = frame.connLabel.textContent;
  // Dim the page only after a while, so a quick reconnect (e.g. dev reload) does not flicker.
  clearTimeout(setConnection.dimTimer);
  if (next === 'connected') root.classList.remove('weft-offline');
  else setConnection.dimTimer = setTimeout(() => root.classList.add('weft-offline'), OFFLINE_DIM_AFTER_MS);
}

export function showBanner(code, text) {
  if (frame.banners.querySelector(`[data-code="${code}"]`)) return;
  frame.banners.append(el('div', { class: 'weft-banner', role: 'alert', 'data-code': code }, text));
}

export function clearBanners() {
  frame.banners.replaceChildren();
}

export function setTitle(title) {
  frame.title.textContent = title;
  document.title = title;
}

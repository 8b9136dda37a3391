// The page frame: a skip link; the header (sidebar toggle, the app's icon and title, connection pill,
// the logged-in user with "Log out", theme switch); banners; the sidebar (the pages menu, then the sidebar's slots) and the main column
// that holds the slots. On a narrow screen the sidebar is a drawer over the page, closed at first.

import { el } from './dom.js';
import { iconNode, pagesMenu } from './nav.js';
import { root, state, APP } from './state.js';
import { currentTheme, onThemeChange, pickTheme } from './theme.js';
import { userControl } from './user.js';

const OFFLINE_DIM_AFTER_MS = 2000;
const SIDEBAR_KEY = `weft.sidebar:${APP}`;
/** Below this width the sidebar is a drawer (keep in step with page.css). */
const NARROW = matchMedia('(max-width: 768px)');

export const frame = buildFrame();

let hasSidebar = false;
let drawerOpen = false; // on a narrow screen: not remembered, closed on every load

function buildFrame() {
  const skip = el('a', { class: 'weft-skip-link', href: '#weft-main' }, 'Skip to main content');
  const header = el('header', { class: 'weft-header' });
  const inner = el('div', { class: 'weft-header-inner' });
  const toggle = el('button', {
    type: 'button', class: 'weft-sidebar-toggle', 'aria-controls': 'weft-sidebar', 'aria-expanded': 'true', hidden: '',
  }, sidebarIcon());
  const brand = el('div', { class: 'weft-brand' });
  brand.append(
    iconNode(root.dataset.icon, 'weft-logo', 24),
    el('span', { class: 'weft-app-title' }, root.dataset.title || document.title),
  );
  const conn = el('div', { class: 'weft-conn', role: 'status', 'aria-live': 'polite', 'data-state': 'connecting' });
  const connLabel = el('span', { class: 'weft-conn-label' }, 'Connecting…');
  conn.append(el('span', { class: 'weft-conn-dot', 'aria-hidden': 'true' }), connLabel);
  const themeToggle = el('button', { type: 'button', class: 'weft-theme-toggle', 'aria-label': 'Dark theme' },
    el('span', { class: 'weft-theme-icon', 'aria-hidden': 'true' }));
  inner.append(toggle, brand, conn, ...[userControl()].filter(Boolean), themeToggle);
  header.append(inner);

  const banners = el('div', { class: 'weft-banners' });
  const nav = pagesMenu();
  const sidebarSlots = el('div', { class: 'weft-sidebar-slots' });
  const sidebarInner = el('div', { class: 'weft-sidebar-inner' }, ...(nav ? [nav] : []), sidebarSlots);
  const sidebar = el('aside', { class: 'weft-sidebar', id: 'weft-sidebar', 'aria-label': 'Sidebar', hidden: '' }, sidebarInner);
  const scrim = el('div', { class: 'weft-scrim', hidden: '' });
  const slots = el('main', { class: 'weft-slots', id: 'weft-main', tabindex: '-1' });
  const layout = el('div', { class: 'weft-layout' }, sidebar, scrim, slots);
  const announcer = el('div', { class: 'weft-sr-only', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
  root.replaceChildren(skip, header, banners, layout, announcer);

  toggle.addEventListener('click', () => {
    if (NARROW.matches) drawerOpen = !drawerOpen;
    else setSidebarCollapsed(!isCollapsed());
    applySidebar();
  });
  scrim.addEventListener('click', () => closeDrawer(false));
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && NARROW.matches && drawerOpen) closeDrawer(true);
  });
  NARROW.addEventListener('change', () => { drawerOpen = false; applySidebar(); });

  themeToggle.addEventListener('click', () => pickTheme(currentTheme() === 'dark' ? 'light' : 'dark'));
  const showTheme = () => {
    const dark = currentTheme() === 'dark';
    themeToggle.setAttribute('aria-pressed', String(dark));
    themeToggle.title = dark ? 'Switch to the light theme' : 'Switch to the dark theme';
  };
  showTheme();
  onThemeChange(showTheme);

  return { header, title: brand.querySelector('.weft-app-title'), conn, connLabel, banners, layout, nav, sidebar,
    sidebarSlots, scrim, toggle, themeToggle, slots, announcer };
}

function sidebarIcon() {
  // A panel with its left column: drawn with CSS boxes, so it takes the text colour and no asset.
  return el('span', { class: 'weft-sidebar-icon', 'aria-hidden': 'true' });
}

/** The slot container of an area of the page: `sidebar`, or the main column for anything else. */
export function areaContainer(area) {
  return area === 'sidebar' ? frame.sidebarSlots : frame.slots;
}

/** Shows the sidebar (and its toggle) when some slot that draws is in it, or the site has several pages. */
export function showSidebar(slotsPresent) {
  hasSidebar = slotsPresent || frame.nav !== null;
  frame.toggle.hidden = !hasSidebar;
  root.classList.toggle('weft-has-sidebar', hasSidebar);
  frame.sidebarSlots.hidden = !slotsPresent;
  applySidebar();
}

function isCollapsed() {
  try { return localStorage.getItem(SIDEBAR_KEY) === 'collapsed'; } catch { return false; }
}

function setSidebarCollapsed(collapsed) {
  try { localStorage.setItem(SIDEBAR_KEY, collapsed ? 'collapsed' : 'open'); } catch { /* private mode: not remembered */ }
}

function closeDrawer(focusToggle) {
  drawerOpen = false;
  applySidebar();
  if (focusToggle) frame.toggle.focus();
}

function applySidebar() {
  const narrow = NARROW.matches;
  const open = hasSidebar && (narrow ? drawerOpen : !isCollapsed());
  frame.sidebar.hidden = !open;
  frame.scrim.hidden = !(open && narrow);
  root.classList.toggle('weft-sidebar-open', open);
  root.classList.toggle('weft-drawer-open', open && narrow);
  frame.toggle.setAttribute('aria-expanded', String(open));
  const label = open ? 'Hide sidebar' : 'Show sidebar';
  frame.toggle.setAttribute('aria-label', label);
  frame.toggle.title = label;
}

export function setConnection(next) {
  state.connection = next;
  frame.conn.dataset.state = next;
  frame.connLabel.textContent = {
    connecting: 'Connecting…', connected: 'Connected', reconnecting: 'Reconnecting…', failed: 'Reload failed',
  }[next];
  frame.conn.title = frame.connLabel.textContent;
  // Dim the page only after a while, so a quick reconnect (e.g. dev reload) does not flicker.
  clearTimeout(setConnection.dimTimer);
  if (next === 'connected' || next === 'failed') root.classList.remove('weft-offline');
  else setConnection.dimTimer = setTimeout(() => root.classList.add('weft-offline'), OFFLINE_DIM_AFTER_MS);
}

export function showBanner(code, text) {
  if (frame.banners.querySelector(`[data-code="${code}"]`)) return;
  frame.banners.append(el('div', { class: 'weft-banner', role: 'alert', 'data-code': code }, text));
}

/** Dev mode: the app could not be reloaded; shows why (compiler output with file and line) until it is. */
export function showDevProblem(text) {
  frame.banners.querySelector('[data-code="dev_problem"]')?.remove();
  frame.banners.prepend(el('div', { class: 'weft-banner weft-dev-problem', role: 'alert', 'data-code': 'dev_problem' },
    el('strong', {}, 'The app could not be reloaded. It still runs the last version that worked; fix the error and save.'),
    el('pre', {}, text)));
}

export function clearBanners() {
  frame.banners.replaceChildren();
}

export function setTitle(title) {
  frame.title.textContent = title;
  document.title = title;
}

/** Says `text` to screen readers, politely (after what they are reading). */
export function announce(text) {
  // Emptied first, so the same text twice is announced twice.
  frame.announcer.textContent = '';
  setTimeout(() => { frame.announcer.textContent = text; }, 50);
}

showSidebar(false); // the pages menu shows before the first welcome

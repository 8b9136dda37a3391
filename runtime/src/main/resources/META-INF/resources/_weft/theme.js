// Light and dark themes. The page's inline script has already set <html data-theme> before the first
// paint (the user's pick from localStorage, else the app's default, else the browser's preference);
// this module keeps it up to date and lets the user switch. Every colour is a CSS custom property of
// theme.css, so a switch restyles the page at once; charts redraw through onThemeChange().

const KEY = 'weft.theme';
const html = document.documentElement;
const prefersDark = matchMedia('(prefers-color-scheme: dark)');
const listeners = new Set();

/** The theme shown: 'light' or 'dark'. */
export function currentTheme() {
  return html.dataset.theme === 'dark' ? 'dark' : 'light';
}

/** Calls fn(theme) after every change of theme, whoever made it (the switch, the OS, another tab). */
export function onThemeChange(fn) {
  listeners.add(fn);
}

/** The theme without a pick: the app's `quarkus.weft.theme.mode`, or the browser's preference for `auto`. */
function defaultTheme() {
  const mode = html.dataset.themeDefault;
  if (mode === 'light' || mode === 'dark') return mode;
  return prefersDark.matches ? 'dark' : 'light';
}

function picked() {
  try {
    const theme = localStorage.getItem(KEY);
    return theme === 'light' || theme === 'dark' ? theme : null;
  } catch {
    return null;
  }
}

/**
 * The user picks a theme. It is remembered for every page of the site, unless it is the default one:
 * picking the theme the page would show anyway forgets the pick, so the page follows the browser's
 * preference (or the app's default) again.
 */
export function pickTheme(theme) {
  try {
    if (theme === defaultTheme()) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, theme);
  } catch { /* storage blocked: the pick lasts as long as the page */ }
  apply(theme);
}

function apply(theme) {
  if (currentTheme() === theme && html.dataset.theme) return;
  html.dataset.theme = theme;
  for (const fn of listeners) {
    try { fn(theme); } catch (error) { console.error('[weft] theme listener failed', error); }
  }
}

// No pick: follow the browser's preference as it changes (an OS switching to dark at sunset).
prefersDark.addEventListener('change', () => { if (!picked()) apply(defaultTheme()); });
// A pick made in another tab of the site.
addEventListener('storage', (event) => {
  if (event.key === KEY || event.key === null) apply(picked() ?? defaultTheme());
});
if (!html.dataset.theme) apply(picked() ?? defaultTheme()); // the inline script did not run

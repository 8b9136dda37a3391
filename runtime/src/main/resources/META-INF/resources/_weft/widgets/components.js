// Components of the app's own (server: ComponentWidgets, kind `component`): an ES module the app
// serves draws the widget. The contract (README, "Your own components"):
//
//   export default function render(el, ctx) { ...; return { update(ctx) {}, destroy() {} }; }
//
//   el              the element to draw into (empty at first; the component owns its content)
//   ctx.props       the properties the app passed, as JSON data (text in them is text, never HTML)
//   ctx.value       the component's value as the server has it (null until it has one)
//   ctx.setValue(v) sends a value; the server checks it against the declared type and reruns the fragment
//   ctx.theme       { mode: 'light' | 'dark', colors: { background, surface, text, muted, accent, border,
//                   grid, font } }, the page's theme now
//   ctx.disabled    whether the app drew it disabled (setValue then sends nothing)
//   ctx.sanitize(html) the page's sanitizer (DOMPurify, as for ui.html): for a component that must show HTML
//   ctx.label       the label the app gave it
//
// update(ctx) is called when a rerun changes the props, value or disabled state, and when the theme
// changes; a component that returns no update is drawn anew into an emptied element instead.
// destroy() is called when it leaves the page.

import { el, sameValue } from '../dom.js';
import { sanitizeHtml } from '../elements/text.js';
import { defineWidget } from '../registry.js';
import { currentTheme, onThemeChange } from '../theme.js';
import { sendIfChanged } from './core.js';

const drawn = new Set();
onThemeChange(() => drawn.forEach((w) => redraw(w)));

/** The page's theme as a component sees it: the mode and the colours of theme.css now. */
export function componentTheme() {
  const style = getComputedStyle(document.documentElement);
  const v = (name) => style.getPropertyValue(name).trim();
  return {
    mode: currentTheme(),
    colors: {
      background: v('--weft-bg'), surface: v('--weft-surface'), text: v('--weft-text'), muted: v('--weft-text-muted'),
      accent: v('--weft-accent'), border: v('--weft-border'), grid: v('--weft-grid'), font: v('--weft-font'),
    },
  };
}

defineWidget('component', {
  create(w) {
    const labelId = `${w.inputId}-label`;
    w.input = el('div', { class: 'weft-component', id: w.inputId, role: 'group', 'aria-labelledby': labelId,
      'data-weft-input': '' });
    w.node.append(w.makeLabel({ id: labelId }), w.input);
    w.value = null;
  },
  update(w, element) {
    w.input.style.minHeight = element.height ? `${element.height}px` : '';
    if (w.module !== element.module) load(w, element.module);
  },
  refresh: (w) => redraw(w),
  read: (w) => w.value,
  show(w, value) {
    w.value = value ?? null;
  },
  drop(w) {
    drawn.delete(w);
    try {
      w.instance?.destroy?.();
    } catch (error) {
      console.error('[weft] a component failed while leaving the page', error);
    }
  },
});

/** Imports the component's module; a module that cannot be loaded says so in the component's place. */
function load(w, module) {
  w.module = module;
  w.render = null;
  w.instance = null;
  w.shown = null;
  w.input.replaceChildren();
  import(new URL(module, location.origin).href).then(
    (mod) => {
      if (w.module !== module) return;
      if (typeof mod.default !== 'function') throw new Error('its module has no default export render(el, ctx)');
      w.render = mod.default;
      drawn.add(w);
      redraw(w);
    },
  ).catch((error) => {
    if (w.module !== module) return;
    console.error('[weft] component', module, error);
    w.input.replaceChildren(el('p', { class: 'weft-component-error', role: 'alert' },
      `This component could not be drawn (${module}): ${error?.message ?? error}`));
  });
}

/** Draws or updates the component with the element's props, the value and the theme, if any changed. */
function redraw(w) {
  if (!w.render) return;
  const { element } = w;
  const theme = componentTheme();
  const shown = { props: element.props ?? null, value: w.value, disabled: element.disabled === true, theme };
  if (w.shown && sameValue(shown, w.shown)) return;
  w.shown = shown;
  const ctx = {
    ...shown,
    label: String(element.label ?? ''),
    sanitize: sanitizeHtml,
    setValue(value) {
      if (w.element.disabled === true || value === undefined) return;
      w.value = value;
      sendIfChanged(w);
    },
  };
  try {
    if (w.instance?.update) {
      w.instance.update(ctx);
      return;
    }
    w.instance?.destroy?.();
    w.input.replaceChildren();
    w.instance = w.render(w.input, ctx) ?? null;
  } catch (error) {
    console.error('[weft] component', w.module, error);
    w.input.replaceChildren(el('p', { class: 'weft-component-error', role: 'alert' },
      `This component failed: ${error?.message ?? error}`));
  }
}

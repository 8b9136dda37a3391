// DOM helpers shared by every module. Nothing here knows about the protocol.

/** Creates an element; attributes are set verbatim, children are nodes or text (never HTML). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** Sets an attribute (null removes it), touching the DOM only when the value changes. */
export function setAttr(node, name, value) {
  if (value === null) node.removeAttribute(name);
  else if (node.getAttribute(name) !== value) node.setAttribute(name, value);
}

/**
 * Makes parent's children exactly `nodes`, in order, moving as little as possible: children that
 * stay keep their place (so a focused field or a dragged slider is never detached) and new nodes
 * are inserted around them. All in one task, so nothing half-done is ever painted.
 */
export function patchChildren(parent, nodes) {
  const keep = new Set(nodes);
  for (const child of [...parent.childNodes]) if (!keep.has(child)) child.remove();
  let ref = parent.firstChild;
  for (const node of nodes) {
    if (node === ref) { ref = ref.nextSibling; continue; }
    if (node.contains(document.activeElement)) {
      // A kept node holding the focus changed places: move it, then give back focus and caret.
      const active = document.activeElement;
      const range = 'selectionStart' in active ? safeSelection(active) : null;
      parent.insertBefore(node, ref);
      active.focus({ preventScroll: true });
      if (range) try { active.setSelectionRange(...range); } catch { /* not a text control */ }
    } else {
      parent.insertBefore(node, ref);
    }
  }
}

function safeSelection(input) {
  try { return input.selectionStart === null ? null : [input.selectionStart, input.selectionEnd, input.selectionDirection]; } catch { return null; }
}

/** A CSS custom property of the page (the theme's colours, for charts). */
export const css = (name) => getComputedStyle(document.getElementById('weft')).getPropertyValue(name).trim();

export function formatDuration(ms) {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

export const finite = (v) => typeof v === 'number' && Number.isFinite(v);

export function sameValue(a, b) {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  return a === b || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)));
}

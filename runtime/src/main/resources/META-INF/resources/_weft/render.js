// Draws a slot's element tree into its body, reusing what it can: a widget keeps its node by id
// (wherever it is drawn), a container keeps its node while the same type is drawn in the same place,
// and any other element keeps its node while an identical element is drawn in the same place (or
// its renderer updates it in place). Everything else is built anew, and nodes that leave the page
// are cleaned up (charts disposed).

import { el, patchChildren } from './dom.js';
import { elementRenderer } from './registry.js';
import { clearWidgetError, createWidget, dropWidget, isWidget, updateWidget } from './widgets/core.js';

/** node -> { type, element, json (leaves), children (a container's child nodes) } */
const drawn = new WeakMap();

const isContainer = (element) => elementRenderer(element?.t)?.container === true;

/** Entries to draw for a complete element list: nothing left over. */
export function entriesOf(elements, leftover = false, gen = undefined) {
  return (Array.isArray(elements) ? elements : []).map((element) => ({
    element,
    leftover,
    gen,
    children: isContainer(element) ? entriesOf(element.children, leftover, gen) : undefined,
  }));
}

/**
 * Entries for a running run's output so far (`fresh`) followed, in each container, by what the
 * previous content (`previous`, of generation `previousGen`) had beyond it, marked leftover: the
 * new run's n-th element of a container takes the place of the old n-th, the rest stays (dimmed)
 * until the run ends. A widget the new run has drawn again is not also left over.
 */
export function mergeEntries(fresh, previous, previousGen) {
  const freshIds = new Set();
  collectWidgetIds(fresh, freshIds);
  const merge = (news, olds) => {
    const out = news.map((element, i) => {
      const old = olds[i];
      const container = isContainer(element);
      return {
        element,
        leftover: false,
        children: !container ? undefined
          : old?.t === element.t ? merge(asList(element.children), asList(old.children))
          : entriesOf(element.children),
      };
    });
    for (const old of olds.slice(news.length)) {
      const entry = leftover(old);
      if (entry) out.push(entry);
    }
    return out;
  };
  const leftover = (element) => {
    if (typeof element?.id === 'string' && freshIds.has(element.id)) return null;
    return {
      element,
      leftover: true,
      gen: previousGen,
      children: isContainer(element) ? asList(element.children).map(leftover).filter(Boolean) : undefined,
    };
  };
  return merge(asList(fresh), asList(previous));
}

const asList = (value) => (Array.isArray(value) ? value : []);

function collectWidgetIds(elements, ids) {
  for (const element of asList(elements)) {
    if (typeof element?.id === 'string') ids.add(element.id);
    collectWidgetIds(element?.children, ids);
  }
}

/**
 * Draws `entries` as the slot's content, patching the body in one task without ever detaching a kept
 * widget (detaching would blur it and end a drag).
 *
 * @param partial whether this is a running run's output so far (a widget's refusal message stays)
 */
export function renderSlot(slot, entries, gen, partial) {
  const ctx = {
    slot,
    gen,
    partial,
    previousWidgets: slot.widgets,
    widgets: new Map(),
    mounts: [],
    afterMount(fn) { this.mounts.push(fn); },
    cleanup(node, fn) {
      let list = slot.cleanups.get(node);
      if (!list) slot.cleanups.set(node, (list = []));
      list.push(fn);
    },
  };
  const nodes = drawList(ctx, entries, slot.nodes);
  for (const w of ctx.previousWidgets.values()) dropWidget(w);
  slot.widgets = ctx.widgets;
  slot.nodes = nodes;
  // Until its first run ends a slot keeps a placeholder: the output so far shows above it.
  patchChildren(slot.body, partial && slot.contentGen === null ? [...nodes, placeholderTail(slot)] : nodes);
  for (const mount of ctx.mounts) {
    try { mount(); } catch (e) { console.error('[weft] could not draw an element', e); }
  }
  cleanUp(slot, (node) => !slot.body.contains(node));
}

/** Runs the clean-ups of the slot's nodes that `gone` says have left the page. */
export function cleanUp(slot, gone = () => true) {
  for (const [node, fns] of slot.cleanups) {
    if (!gone(node)) continue;
    slot.cleanups.delete(node);
    for (const fn of fns) {
      try { fn(); } catch (e) { console.warn('[weft] clean-up failed', e); }
    }
  }
}

function drawList(ctx, entries, oldNodes) {
  return entries.map((entry, i) => {
    let node;
    try {
      node = drawOne(ctx, entry, oldNodes[i]);
    } catch (e) {
      console.error('[weft] could not draw element', entry.element, e);
      node = unsupported(`Could not draw this “${entry.element?.t}” element.`);
    }
    node.classList.toggle('weft-leftover', entry.leftover);
    return node;
  });
}

function drawOne(ctx, entry, old) {
  const { element } = entry;
  const type = element?.t;
  if (isWidget(type)) {
    if (typeof element.id !== 'string' || !element.id) return unsupported(`This “${type}” widget has no id.`);
    return widgetNode(ctx, element, entry.gen ?? ctx.gen);
  }
  const renderer = elementRenderer(type);
  if (!renderer) return unsupported(`Unsupported element${type ? ` “${type}”` : ''}.`);
  // The generation of this entry (an older one for what a running run has not redrawn yet), for
  // renderers whose state depends on it (elements/overlays.js: a dialog the user has closed).
  ctx.entryGen = entry.gen ?? ctx.gen;
  const before = old ? drawn.get(old) : undefined;
  const json = renderer.container ? null : JSON.stringify(element);
  let node = null;
  if (before?.type === type) {
    if (renderer.container) node = renderer.update?.(old, element, before.element, ctx) === false ? null : old;
    else if (json === before.json || renderer.update?.(old, element, before.element, ctx) === true) node = old;
  }
  node ??= renderer.render(element, ctx);
  const info = { type, element, json, children: node === old ? before.children : [] };
  drawn.set(node, info);
  if (renderer.container) {
    const childNodes = drawList(ctx, entry.children ?? entriesOf(element.children), info.children);
    info.children = childNodes;
    const placed = renderer.place?.(node, childNodes, element, ctx) ?? childNodes;
    patchChildren(renderer.body?.(node) ?? node, placed);
  }
  return node;
}

function widgetNode(ctx, element, gen) {
  const { id } = element;
  let w = ctx.previousWidgets.get(id);
  if (w && w.kind === element.t && !ctx.widgets.has(id)) {
    ctx.previousWidgets.delete(id);
    if (!ctx.partial) clearWidgetError(w); // a refusal is shown until the next complete content of its slot
  } else {
    w = createWidget(ctx.slot, element);
  }
  if (ctx.widgets.has(id)) console.warn('[weft] two widgets with one id in a slot', id);
  else ctx.widgets.set(id, w);
  updateWidget(w, element, gen);
  return w.node;
}

/** The slot's placeholder under a first run's output so far (one node per slot, kept across partials). */
function placeholderTail(slot) {
  slot.placeholderTail ??= el('div', { class: 'weft-skeleton weft-skeleton-tail', 'aria-hidden': 'true' },
    el('div', { class: 'weft-skeleton-line' }),
    el('div', { class: 'weft-skeleton-line weft-skeleton-short' }));
  return slot.placeholderTail;
}

function unsupported(text) {
  return el('p', { class: 'weft-unsupported' }, text);
}

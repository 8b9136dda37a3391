// What draws each element type and each widget kind. A family module (elements/*.js, widgets/*.js)
// registers its types when it is imported; elements/index.js and widgets/index.js import them all.
// See docs/client.md for how to add one.

const elements = new Map();
const widgets = new Map();

/**
 * Registers how an element type is drawn.
 *
 * renderer:
 *   render(element, ctx) → Node           builds the element's node (required)
 *   update(node, element, previous, ctx) → boolean
 *                                         optional: brings a node drawn for `previous` (same type, same
 *                                         place) up to date in place; false to have it rebuilt
 *   container: true                       the element holds child elements in `children`; then
 *   place(node, childNodes, element, ctx) puts the children's nodes in (default: into body(node))
 *   body(node) → Element                  optional: where children go (default: the node itself)
 * A leaf node is kept as it is when a new run draws an identical element in the same place.
 * ctx.afterMount(fn) runs fn once the nodes are in the document (sizes known); ctx.cleanup(node, fn)
 * runs fn when the node leaves the page.
 */
export function defineElement(type, renderer) {
  if (elements.has(type)) throw new Error(`[weft] element type ${type} is defined twice`);
  elements.set(type, renderer);
}

export function elementRenderer(type) {
  return elements.get(type);
}

/**
 * Registers a widget kind: a control whose node survives reruns (by id) and whose value goes back to
 * the server; each kind in the module of its family (widgets/index.js). See widgets/core.js for the
 * widget object `w` the functions receive.
 *
 * behaviour:
 *   create(w)                     builds w.node's content; sets w.input (the control, data-weft-input)
 *                                 and w.label (the element showing the label); adds listeners
 *   update(w, element)            optional: applies the element's other fields (bounds, options)
 *   refresh(w)                    optional: redraws what depends on the value, after an update
 *   read(w) → value | undefined   the control's value as the protocol wants it, undefined if invalid
 *   show(w, value)                puts a value from the server in the control
 *   interacting(w) → boolean      optional: the user is busy with it (the server's value waits)
 *   explain(w)                    optional: says under the control why it holds no valid value (a
 *                                 form submitted meanwhile sends nothing)
 *   sendsValue: false             optional: the widget has no value (a button)
 *   drop(w)                       optional: the widget left the page (free what it holds: a chart)
 */
export function defineWidget(kind, behaviour) {
  if (widgets.has(kind)) throw new Error(`[weft] widget kind ${kind} is defined twice`);
  widgets.set(kind, behaviour);
}

export function widgetBehaviour(kind) {
  return widgets.get(kind);
}

const messages = new Map();

/**
 * Registers what handles a server message type that no core module handles (e.g. `table_page`,
 * `toast`): connection.js hands such messages to it, in order, once the libraries are ready.
 */
export function defineMessage(type, handler) {
  if (messages.has(type)) throw new Error(`[weft] message type ${type} is defined twice`);
  messages.set(type, handler);
}

export function messageHandler(type) {
  return messages.get(type);
}

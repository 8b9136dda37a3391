// Chat (server: ui/Chat, widgets/ChatWidgets, streams/): chat messages (containers with a role and an
// avatar), the chat input pinned to the bottom of the page, and streamed text, which grows by `append`
// messages (only what was added, at most once per frame) and is rendered as Markdown once per frame:
// only its open end is rendered again, the blocks before it stay as they were drawn (growing-markdown.js).

import { el } from '../dom.js';
import { defineElement, defineMessage, defineWidget } from '../registry.js';
import { state } from '../state.js';
import { send } from '../transport.js';
import { sendWidget } from '../widgets/core.js';
import { growingMarkdown } from './growing-markdown.js';
import { markdownHtml } from './text.js';

// The page's own Markdown renderers (sharing its marked and DOMPurify), beside window.weft.state:
// the browser tests compare what a growing answer shows with its whole text's rendering. The client
// reaches the page as one bundle, so its modules cannot be imported one by one.
window.weft.markdown = { html: markdownHtml, growing: growingMarkdown };

const USER_ROLES = new Set(['user', 'human']);
const ASSISTANT_ROLES = new Set(['assistant', 'ai']);
const ICONS = {
  user: '<svg viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="8.5" r="4"/><path d="M4.5 20.5c.8-4 3.9-6 7.5-6s6.7 2 7.5 6"/></svg>',
  assistant: '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M12 3l1.9 5.1L19 10l-5.1 1.9L12 17l-1.9-5.1L5 10l5.1-1.9z"/><path d="M18.5 15.5l.8 2.2 2.2.8-2.2.8-.8 2.2-.8-2.2-2.2-.8 2.2-.8z"/></svg>',
};

// ---------------------------------------------------------------- chat messages

defineElement('chat_message', {
  container: true,
  render(element) {
    const avatar = el('div', { class: 'weft-chat-avatar', 'aria-hidden': 'true' });
    const body = el('div', { class: 'weft-chat-body weft-block' });
    const node = el('div', { class: 'weft-chat-message', role: 'group' }, avatar, body);
    applyMessage(node, element);
    return node;
  },
  update(node, element) {
    applyMessage(node, element);
    return true;
  },
  body: (node) => node.lastChild,
});

function applyMessage(node, element) {
  const role = String(element.role ?? '');
  const kind = USER_ROLES.has(role.toLowerCase()) ? 'user' : ASSISTANT_ROLES.has(role.toLowerCase()) ? 'assistant' : 'other';
  const avatarText = typeof element.avatar === 'string' ? element.avatar : null;
  const key = `${kind}\n${role}\n${avatarText}`;
  if (node.dataset.key === key) return;
  node.dataset.key = key;
  node.dataset.role = kind;
  node.setAttribute('aria-label', `${role} message`);
  const avatar = node.firstChild;
  if (avatarText !== null) avatar.textContent = avatarText;
  else if (kind !== 'other') avatar.innerHTML = ICONS[kind]; // our own constant markup, not the app's
  else avatar.textContent = role.slice(0, 1).toUpperCase();
}

// ---------------------------------------------------------------- the chat input

defineWidget('chat_input', {
  create(w) {
    w.label = el('label', { class: 'weft-sr-only', for: w.inputId });
    w.input = el('textarea', { id: w.inputId, class: 'weft-chat-field', rows: '1', 'data-weft-input': '', autocomplete: 'off' });
    const button = el('button', { type: 'button', class: 'weft-chat-send', 'aria-label': 'Send' });
    button.innerHTML = '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 12l16-8-6 16-2.5-6.5z"/></svg>';
    const bar = el('div', { class: 'weft-chat-bar' }, w.input, button);
    w.node.classList.add('weft-chat-input');
    w.node.append(w.label, bar);
    const submit = () => {
      const text = w.input.value;
      const max = Number.isInteger(w.element.maxLength) ? w.element.maxLength : Infinity;
      if (w.input.disabled || text.trim() === '' || text.length > max) return;
      sendWidget(w, text);
      w.input.value = '';
      grow(w.input);
    };
    w.input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        submit();
      }
    });
    w.input.addEventListener('input', () => grow(w.input));
    button.addEventListener('click', submit);
    w.sendButton = button;
    pin(w);
  },
  update(w, element) {
    if (Number.isInteger(element.maxLength)) w.input.maxLength = element.maxLength;
    w.sendButton.disabled = element.disabled === true;
  },
  read: () => undefined,
  show: () => false,
  sendsValue: false,
});

function grow(field) {
  field.style.height = 'auto';
  field.style.height = `${Math.min(field.scrollHeight, 200)}px`;
}

/**
 * Pins the input to the bottom of the window, over the column of its slot (a sidebar keeps its
 * place), and leaves room under the slot's content so that the last message is never hidden by it.
 */
function pin(w) {
  const place = () => {
    if (!w.node.isConnected) return;
    const section = w.node.closest('.weft-slot');
    if (!section) return;
    const box = section.getBoundingClientRect();
    w.node.style.left = `${box.left}px`;
    w.node.style.width = `${box.width}px`;
    section.style.paddingBottom = `${w.node.offsetHeight + 40}px`;
  };
  const observer = new ResizeObserver(place);
  requestAnimationFrame(() => {
    const section = w.node.closest('.weft-slot');
    if (section) observer.observe(section);
    observer.observe(w.node);
    place();
  });
  window.addEventListener('resize', place);
  w.behaviour = { ...w.behaviour, drop() { observer.disconnect(); window.removeEventListener('resize', place); } };
}

// ---------------------------------------------------------------- streamed text

/** Streams on the page, by slot, run and id. */
const streams = new Map();
/** Appends that came before their element was drawn (a running run's first partial content is due). */
const early = new Map();
const EARLY_LIMIT = 256;

const key = (slot, gen, id) => `${slot}\n${gen}\n${id}`;

defineElement('stream', {
  render(element, ctx) {
    const body = el('div', { class: 'weft-markdown weft-stream-text' });
    const stop = el('button', { type: 'button', class: 'weft-stream-stop' }, el('span', { class: 'weft-stream-stop-icon', 'aria-hidden': 'true' }), 'Stop');
    const node = el('div', { class: 'weft-stream', 'aria-live': 'polite' }, body, stop);
    const s = { node, body, markdown: growingMarkdown(body), stop, text: '', drawn: null, frame: 0, slot: ctx.slot.id, gen: ctx.entryGen, id: String(element.id ?? '') };
    node.weftStream = s;
    stop.addEventListener('click', () => {
      stop.disabled = true;
      send({ type: 'stream_stop', slot: s.slot, id: s.id, gen: s.gen });
    });
    const k = key(s.slot, s.gen, s.id);
    streams.set(k, s);
    ctx.cleanup(node, () => { if (streams.get(k) === s) streams.delete(k); });
    take(s, element);
    for (const msg of early.get(k) ?? []) append(s, msg);
    early.delete(k);
    return node;
  },
  update(node, element) {
    const s = node.weftStream;
    if (!s || s.id !== element.id) return false;
    take(s, element);
    return true;
  },
});

/** A run's drawing of the stream: its text so far (never shorter than what appends brought) and whether it is done. */
function take(s, element) {
  const text = String(element.text ?? '');
  if (text.length >= s.text.length) s.text = text;
  if (element.done === true) end(s, element.stopped === true);
  draw(s);
}

function append(s, msg) {
  if (s.ended) return;
  const at = msg.at;
  const added = String(msg.text ?? '');
  if (Number.isInteger(at) && at <= s.text.length && at + added.length > s.text.length) {
    s.text += added.slice(s.text.length - at);
  }
  if (msg.end === true) end(s, false);
  draw(s);
}

function end(s, stopped) {
  s.ended = true;
  s.stop.remove();
  s.node.classList.add('weft-stream-done');
  s.node.removeAttribute('aria-live');
  // The last text is drawn now, with the caption, not a frame later: a stopped answer never shows
  // "Stopped" beside text that is still about to grow.
  if (s.frame) cancelAnimationFrame(s.frame);
  s.frame = 0;
  render(s);
  if (stopped && !s.node.querySelector('.weft-stream-stopped')) {
    s.node.append(el('p', { class: 'weft-caption weft-stream-stopped' }, 'Stopped'));
  }
}

/** Renders the Markdown at most once per frame, keeping the window at the bottom if it was there. */
function draw(s) {
  if (s.frame) return;
  s.frame = requestAnimationFrame(() => {
    s.frame = 0;
    render(s);
  });
}

function render(s) {
  if (s.drawn === s.text) return;
  const scroller = document.scrollingElement;
  const atBottom = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 80;
  s.markdown.draw(s.text);
  s.drawn = s.text;
  state.streamFrames = (state.streamFrames ?? 0) + 1;
  if (atBottom && !s.node.classList.contains('weft-stream-done')) scroller.scrollTop = scroller.scrollHeight;
}

defineMessage('append', (msg) => {
  const k = key(msg.slot, msg.gen, msg.id);
  state.appends = (state.appends ?? 0) + 1;
  const s = streams.get(k);
  if (s) return append(s, msg);
  if (early.size >= EARLY_LIMIT && !early.has(k)) early.delete(early.keys().next().value);
  const list = early.get(k) ?? [];
  list.push(msg);
  early.set(k, list);
});

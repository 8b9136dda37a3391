// Slots: one section per fragment, in declaration order, in the main column or the sidebar. Tracks
// each slot's generations (the content shown, the newest run, a running run's partial output) so that
// an older generation is never shown over a newer one, and derives the slot's state and corner badge.

import { el, formatDuration } from './dom.js';
import { announce, areaContainer, frame, showSidebar } from './frame.js';
import { cleanUp, entriesOf, mergeEntries, renderSlot } from './render.js';
import { state } from './state.js';
import { applyServerValue, dropWidget } from './widgets/core.js';

/**
 * id -> slot: { id, section, meta, body, contentGen (final content shown, or null), elements (its
 * elements), partialGen (the run whose output so far is shown, or null), runGen (newest run known),
 * status, runningSince, nodes (top-level nodes drawn), widgets (id -> widget), cleanups (node -> fns) }
 */
export const slots = new Map();

/** Lays out the slots a welcome lists; a non-resumed welcome starts over with placeholders. */
export function reconcileSlots(layout, resumed) {
  loadedAnnounced = resumed && loadedAnnounced;
  if (!resumed) {
    for (const id of [...slots.keys()]) removeSlot(id);
  }
  const wanted = new Set(layout.map((s) => s.id));
  for (const id of [...slots.keys()]) if (!wanted.has(id)) removeSlot(id);
  let sidebar = false;
  // append() moves existing nodes, so this also restores declaration order (and the area).
  for (const { id, draws, area } of layout) {
    const slot = slots.get(id) ?? createSlot(id);
    // A fragment without a Ui is a computed value: it has state but nothing to show.
    slot.section.hidden = draws === false;
    slot.section.dataset.area = area === 'sidebar' ? 'sidebar' : 'main';
    sidebar ||= area === 'sidebar' && draws !== false;
    areaContainer(area).append(slot.section);
  }
  showSidebar(sidebar);
}

function createSlot(id) {
  const section = el('section', { class: 'weft-slot', 'data-slot': id });
  const meta = el('div', { class: 'weft-slot-meta' });
  const body = el('div', { class: 'weft-slot-body weft-block' });
  section.append(meta, body);
  const slot = { id, section, meta, body, contentGen: null, elements: [], partialGen: null, runGen: -1, status: null,
    runningSince: 0, nodes: [], widgets: new Map(), cleanups: new Map() };
  slots.set(id, slot);
  showPlaceholder(slot);
  return slot;
}

function removeSlot(id) {
  const slot = slots.get(id);
  cleanUp(slot);
  for (const w of slot.widgets.values()) dropWidget(w);
  slot.section.remove();
  slots.delete(id);
  delete state.slots[id];
}

function showPlaceholder(slot) {
  const skeleton = el('div', { class: 'weft-skeleton', 'aria-hidden': 'true' });
  skeleton.append(
    el('div', { class: 'weft-skeleton-line weft-skeleton-short' }),
    el('div', { class: 'weft-skeleton-line' }),
    el('div', { class: 'weft-skeleton-block' }),
  );
  slot.body.replaceChildren(skeleton, el('span', { class: 'weft-sr-only' }, 'Loading…'));
  refreshSlot(slot);
}

export function onStatus(msg) {
  const slot = slots.get(msg.slot);
  if (!slot || typeof msg.gen !== 'number' || msg.gen < slot.runGen) return; // older run: never shown
  if (msg.gen > slot.runGen || msg.state !== slot.status?.state) slot.runningSince = performance.now();
  slot.statusAt = performance.now(); // a queued status's etaMs counts down from here
  slot.runGen = msg.gen;
  slot.status = msg;
  refreshSlot(slot);
}

export function onSlot(msg) {
  const slot = slots.get(msg.slot);
  if (!slot) return console.warn('[weft] slot message for an unknown slot', msg.slot);
  if (typeof msg.gen !== 'number' || msg.gen < slot.runGen) return; // older run: never shown
  const elements = Array.isArray(msg.elements) ? msg.elements : [];
  if (msg.partial === true) return onPartial(slot, msg.gen, elements);
  // Re-sent on resume: keep the DOM (and the charts) as they are, but show the widgets' values as the
  // server has them (a change made while the connection was down never reached it).
  if (msg.gen === slot.contentGen) return syncWidgetValues(slot, elements, msg.gen);
  slot.runGen = msg.gen;
  slot.contentGen = msg.gen;
  slot.elements = elements;
  slot.partialGen = null;
  renderSlot(slot, entriesOf(elements), msg.gen, false);
  refreshSlot(slot);
}

/** A running run's output so far: its elements, then what is left of the previous content, dimmed. */
function onPartial(slot, gen, elements) {
  if (slot.contentGen !== null && gen <= slot.contentGen) return; // that run has ended: its content is shown
  slot.runGen = gen;
  slot.partialGen = gen;
  state.partials++;
  renderSlot(slot, mergeEntries(elements, slot.elements, slot.contentGen), gen, true);
  refreshSlot(slot);
}

/** Derives the slot's attributes, stale marker and corner text from what it shows and its latest run. */
function refreshSlot(slot) {
  const { section, status } = slot;
  const hasContent = slot.contentGen !== null || slot.partialGen !== null;
  const shownGen = slot.partialGen ?? slot.contentGen;
  const newerRunActive = hasContent && slot.runGen > (slot.contentGen ?? -1);
  // Waiting for a @Limited permit: the latest run is in line.
  const queued = status?.gen === slot.runGen && status.state === 'queued' && slot.runGen !== slot.contentGen;
  let shown;
  if (queued) shown = 'queued';
  else if (!hasContent) shown = 'placeholder';
  else if (newerRunActive) shown = 'running';
  else if (status?.gen === slot.contentGen && (status.state === 'done' || status.state === 'failed')) shown = status.state;
  // The slot came before its final status: guess from the content until the status arrives.
  else shown = slot.body.lastElementChild?.classList.contains('weft-error') ? 'failed' : 'done';

  section.dataset.state = shown;
  if (hasContent) section.dataset.gen = String(shownGen);
  else delete section.dataset.gen;
  // The output so far of the run going on; the rest of the body is left over from before.
  if (slot.partialGen !== null && slot.partialGen === slot.runGen) section.dataset.partial = 'true';
  else delete section.dataset.partial;
  const position = queued && typeof status.position === 'number' ? status.position : null;
  if (position !== null) section.dataset.position = String(position);
  else delete section.dataset.position;
  section.classList.toggle('weft-stale', newerRunActive);
  section.setAttribute('aria-busy', String(!hasContent || newerRunActive));
  state.slots[slot.id] = { state: shown, gen: slot.contentGen, runGen: slot.runGen, partialGen: slot.partialGen, position };
  renderMeta(slot, shown);
  announceLoaded();
}

// Screen readers hear once per session start when every section has drawn (sections fill in one by
// one, silently); a failure is announced by its error's role=alert.
let loadedAnnounced = false;

function announceLoaded() {
  if (loadedAnnounced || slots.size === 0) return;
  let failed = 0;
  for (const slot of slots.values()) {
    if (slot.section.hidden) continue;
    const shown = slot.section.dataset.state;
    if (shown !== 'done' && shown !== 'failed') return;
    if (shown === 'failed') failed++;
  }
  loadedAnnounced = true;
  announce(failed === 0 ? 'Page loaded' : `Page loaded; ${failed} ${failed === 1 ? 'section' : 'sections'} failed`);
}

function renderMeta(slot, shown) {
  const { status, meta } = slot;
  const busy = shown === 'placeholder' || shown === 'running' || shown === 'queued';
  const parts = [];
  const first = slot.contentGen === null;
  if (shown === 'queued') {
    parts.push(queueBadge(slot, status));
  } else if (busy && status && status.gen === slot.runGen && !isFinal(status.state)) {
    const label = status.state === 'queued'
      ? `Queued${typeof status.position === 'number' ? ` · #${status.position}` : ''}${typeof status.etaMs === 'number' ? ` · ~${formatDuration(status.etaMs)}` : ''}`
      : status.state === 'waiting' ? 'Waiting for input'
      : first ? 'Running' : 'Updating';
    parts.push(el('span', { class: 'weft-badge' }, el('span', { class: 'weft-spinner', 'aria-hidden': 'true' }), label,
      el('span', { class: 'weft-elapsed', 'data-since': String(slot.runningSince) })));
  } else if (busy && shown === 'running') {
    parts.push(el('span', { class: 'weft-badge' }, el('span', { class: 'weft-spinner', 'aria-hidden': 'true' }), first ? 'Running' : 'Updating'));
  }
  const timed = status && isFinal(status.state) && status.gen === slot.contentGen && typeof status.durationMs === 'number';
  if (timed && !busy) {
    parts.push(el('span', { class: 'weft-timing', title: `Run ${status.gen} ${status.state === 'failed' ? 'failed after' : 'took'} ${status.durationMs} ms` },
      formatDuration(status.durationMs)));
  }
  meta.replaceChildren(...parts);
  updateElapsed();
}

const isFinal = (s) => s === 'done' || s === 'failed';

/** "#3 in line · ~12 s": the place in line, and the estimated wait counting down until the next update. */
function queueBadge(slot, status) {
  const position = typeof status.position === 'number' ? status.position : null;
  const badge = el('span', { class: 'weft-badge weft-badge-queued', role: 'status' },
    el('span', { class: 'weft-queue-dot', 'aria-hidden': 'true' }),
    position === null ? 'In line' : `#${position} in line`);
  if (typeof status.etaMs === 'number') {
    badge.append(el('span', { class: 'weft-eta', 'data-until': String(slot.statusAt + status.etaMs) }));
  }
  badge.title = position === null
    ? 'Waiting for a free turn'
    : `Waiting for a free turn: ${position === 1 ? 'next' : `${position} in line, counting this one`}`;
  return badge;
}

function formatEta(ms) {
  if (ms < 60_000) return `${Math.max(1, Math.ceil(ms / 1000))} s`;
  return `${Math.round(ms / 60_000)} min`;
}

/** Ticks the "running for" counters; the timer only runs while some slot is busy. */
function updateElapsed() {
  const counters = frame.layout.querySelectorAll('.weft-elapsed[data-since], .weft-eta[data-until]');
  for (const c of counters) {
    if (c.dataset.until) {
      const left = Number(c.dataset.until) - performance.now();
      c.textContent = left >= 1000 ? ` · ~${formatEta(left)}` : ' · any moment';
      continue;
    }
    const ms = performance.now() - Number(c.dataset.since);
    c.textContent = ms >= 1000 ? ` · ${formatDuration(ms)}` : '';
  }
  clearTimeout(updateElapsed.timer);
  if (counters.length) updateElapsed.timer = setTimeout(updateElapsed, 250);
}

/** A re-sent slot of the generation shown: only the widgets' values may need to catch up. */
function syncWidgetValues(slot, elements, gen) {
  for (const element of elements) {
    const w = element && typeof element.id === 'string' ? slot.widgets.get(element.id) : null;
    if (w && w.kind === element.t) applyServerValue(w, element.value, gen);
    if (Array.isArray(element?.children)) syncWidgetValues(slot, element.children, gen);
  }
}

/** The widget `id` of slot `slotId` on screen, or null. */
export function findWidget(slotId, id) {
  return slots.get(slotId)?.widgets.get(id) ?? null;
}

// Streamlit (v1) components (server: ComponentWidgets, kind `streamlit_component`): the built frontend
// of a Streamlit component in an iframe, spoken to with Streamlit's component protocol, as
// streamlit-component-lib speaks it:
//   iframe → page  {isStreamlitMessage: true, type: 'streamlit:componentReady', apiVersion: 1}
//                  {isStreamlitMessage: true, type: 'streamlit:setComponentValue', value, dataType: 'json'}
//                  {isStreamlitMessage: true, type: 'streamlit:setFrameHeight', height}
//   page → iframe  {type: 'streamlit:render', args, dfs: [], disabled, theme}
// Only JSON values are taken (a value of dataType 'dataframe' or 'bytes' is dropped with a warning),
// and no Arrow data frames are sent as args (dfs is always empty). The iframe is sandboxed without
// allow-same-origin: the component cannot reach the page, its cookies or its socket; it gets messages.

import { el, sameValue } from '../dom.js';
import { defineWidget } from '../registry.js';
import { onThemeChange } from '../theme.js';
import { componentTheme } from './components.js';
import { sendIfChanged } from './core.js';

const SANDBOX = 'allow-scripts allow-forms allow-popups allow-popups-to-escape-sandbox allow-downloads';
const frames = new Set(); // the widgets whose frames are on the page

addEventListener('message', (event) => {
  let w = null;
  for (const one of frames) if (one.input.contentWindow === event.source) w = one;
  const data = event.data;
  if (!w || !data || typeof data !== 'object' || data.isStreamlitMessage !== true) return;
  switch (data.type) {
    case 'streamlit:componentReady':
      w.ready = true;
      w.sentArgs = null;
      renderFrame(w);
      break;
    case 'streamlit:setComponentValue':
      if (data.dataType !== undefined && data.dataType !== 'json') {
        console.warn('[weft] a Streamlit component sent a value of type', data.dataType, '; only JSON values are taken');
        return;
      }
      if (w.element.disabled === true || data.value === undefined) return;
      w.value = data.value;
      sendIfChanged(w);
      break;
    case 'streamlit:setFrameHeight': {
      const height = Number(data.height);
      if (Number.isFinite(height)) w.input.style.height = `${Math.max(0, Math.min(10_000, Math.ceil(height)))}px`;
      break;
    }
    default:
      break;
  }
});

onThemeChange(() => frames.forEach((w) => renderFrame(w)));

defineWidget('streamlit_component', {
  create(w) {
    w.input = el('iframe', { class: 'weft-streamlit-component', id: w.inputId, sandbox: SANDBOX,
      'data-weft-input': '', loading: 'eager' });
    w.node.append(w.makeLabel(), w.input);
    w.value = null;
  },
  update(w, element) {
    if (w.src !== element.src) {
      w.src = element.src;
      w.ready = false;
      w.sentArgs = null;
      w.input.title = String(element.label ?? '');
      w.input.style.height = `${element.height || 150}px`;
      const src = new URL(element.src, location.origin);
      src.searchParams.set('streamlitUrl', location.href);
      w.input.src = src.href;
      frames.add(w);
    }
  },
  refresh: (w) => renderFrame(w),
  read: (w) => w.value,
  show(w, value) {
    w.value = value ?? null;
  },
  drop(w) {
    frames.delete(w);
  },
});

/** Sends `streamlit:render` once the frame is ready, and again when the args, disabled state or theme change. */
function renderFrame(w) {
  if (!w.ready || !w.input.contentWindow) return;
  const { colors, mode } = componentTheme();
  const message = {
    type: 'streamlit:render',
    args: w.element.props && typeof w.element.props === 'object' && !Array.isArray(w.element.props) ? w.element.props : {},
    dfs: [],
    disabled: w.element.disabled === true,
    theme: {
      // The component sits on a section's surface: that is the background it should paint.
      base: mode, primaryColor: colors.accent, backgroundColor: colors.surface,
      secondaryBackgroundColor: colors.background, textColor: colors.text, font: colors.font,
    },
  };
  if (w.sentArgs && sameValue(message, w.sentArgs)) return;
  w.sentArgs = message;
  // The frame's origin is opaque (no allow-same-origin), so its messages can only be addressed to '*'.
  w.input.contentWindow.postMessage(message, '*');
}

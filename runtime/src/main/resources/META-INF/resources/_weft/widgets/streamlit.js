// Streamlit (v1) components (server: ComponentWidgets, kind `streamlit_component`): the built frontend
// of a Streamlit component in an iframe, spoken to with Streamlit's component protocol, as
// streamlit-component-lib (checked against 2.0.0, whose Streamlit object sends and parses these) and
// Streamlit's own page speak it:
//   iframe → page  {isStreamlitMessage: true, type: 'streamlit:componentReady', apiVersion: 1}
//                  {isStreamlitMessage: true, type: 'streamlit:setComponentValue', value, dataType: 'json'}
//                  {isStreamlitMessage: true, type: 'streamlit:setFrameHeight', height}
//   page → iframe  {type: 'streamlit:render', args, dfs: [], disabled, theme}
// As in Streamlit, a componentReady of another apiVersion shows an error in the component's place, and
// a value or height sent before componentReady is ignored with a warning. Only JSON values are taken
// (a value of dataType 'dataframe' or 'bytes' is dropped with a warning), and no Arrow data frames
// are sent as args (dfs is always empty, which the library reads as "no data frame args"). The
// iframe is sandboxed without allow-same-origin: the component cannot reach the page, its cookies
// or its socket; it gets messages. Its URL carries `streamlitUrl` (the page's origin and path, not
// its query), as Streamlit's does.

import { el, sameValue } from '../dom.js';
import { defineWidget } from '../registry.js';
import { onThemeChange } from '../theme.js';
import { componentTheme } from './components.js';
import { sendIfChanged } from './core.js';

const SANDBOX = 'allow-scripts allow-forms allow-popups allow-popups-to-escape-sandbox allow-downloads';
const API_VERSION = 1; // the only version of the protocol there is
const frames = new Set(); // the widgets whose frames are on the page

addEventListener('message', (event) => {
  let w = null;
  for (const one of frames) if (one.input.contentWindow === event.source) w = one;
  const data = event.data;
  if (!w || !data || typeof data !== 'object' || data.isStreamlitMessage !== true) return;
  switch (data.type) {
    case 'streamlit:componentReady':
      if (data.apiVersion !== API_VERSION) {
        w.ready = false; // nothing more is taken from it until it says a version Weft speaks
        showError(w, `This Streamlit component speaks API version ${JSON.stringify(data.apiVersion) ?? 'none'}; `
          + `Weft speaks version ${API_VERSION}.`);
        return;
      }
      w.ready = true;
      w.sentArgs = null;
      showError(w, null);
      renderFrame(w);
      break;
    case 'streamlit:setComponentValue':
      if (!w.ready) {
        console.warn('[weft] a Streamlit component sent a value before componentReady; it is ignored');
        return;
      }
      if (data.dataType !== undefined && data.dataType !== 'json') {
        console.warn('[weft] a Streamlit component sent a value of type', data.dataType, '; only JSON values are taken');
        return;
      }
      if (w.element.disabled === true || data.value === undefined) return;
      w.value = data.value;
      sendIfChanged(w);
      break;
    case 'streamlit:setFrameHeight': {
      if (!w.ready) {
        console.warn('[weft] a Streamlit component sent its height before componentReady; it is ignored');
        return;
      }
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
      showError(w, null);
      const src = new URL(element.src, location.origin);
      src.searchParams.set('streamlitUrl', location.origin + location.pathname);
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

/** Shows (or, with null, removes) a line under the frame saying why the component cannot work. */
function showError(w, text) {
  w.error?.remove();
  w.error = null;
  if (text === null) return;
  console.error('[weft] Streamlit component', w.src, text);
  w.error = el('p', { class: 'weft-component-error', role: 'alert' }, text);
  w.node.append(w.error);
}

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

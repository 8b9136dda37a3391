// The page's settings (from div#weft's data attributes) and the live debug state the browser tests read.

export const PROTOCOL_VERSION = 1;

export const root = document.getElementById('weft');
export const APP = root.dataset.app ?? '/';
export const DEV = root.dataset.dev === 'true';
/** The session the server started while it served this page, claimed by the first hello. */
export const PAGE_SESSION = root.dataset.session || null;

/** Live debug state; also read by the browser tests (docs/protocol.md, "DOM contract"). */
export const state = {
  app: APP,
  dev: DEV,
  connection: 'connecting', // connecting | connected | reconnecting
  session: null,
  resumed: null,
  welcomes: 0,
  slots: {}, // id -> { state, gen, runGen, partialGen }
  sent: 0, // widget messages sent
  lastSent: null, // the last widget message sent
  widgetErrors: 0, // widget messages the server refused
  partials: 0, // partial slot messages drawn
  forms: 0, // form messages sent (a submitted form)
  urlPushes: 0, // history entries added for a user's change of a widget bound to the URL
  uploads: 0, // files uploaded and accepted by the server
  uploadErrors: 0, // uploads refused (by the server, or before sending: too large, wrong type)
  libraries: 'loading', // loading | ready | failed: the chart and Markdown libraries (messages wait for them)
};
window.weft = { state, version: PROTOCOL_VERSION };

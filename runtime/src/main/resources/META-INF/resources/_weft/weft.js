// Weft browser client: speaks the WebSocket protocol in docs/protocol.md and draws the slots.
// ES modules, bundled by the build (docs/client.md); third-party libraries come from the page's
// import map and load in the background (libs.js).
//
//   weft.js        this entry: registers the element and widget families, then connects
//   state.js       the page's settings and the debug state tests read (window.weft.state)
//   frame.js       header, banners, sidebar and main column     theme.js      light/dark, the switch
//   nav.js         the pages menu (several @App on one server)
//   connection.js  the socket: hello, reconnect, dispatch      transport.js  send()
//   url.js         the page's URL: query parameters, history, back and forward
//   slots.js       slots, generations, partial output, badges   render.js     element tree → DOM
//   registry.js    element type → renderer, widget kind → behaviour
//   elements/      one module per element family               widgets/      core + one module per family
//   dom.js, libs.js  helpers; the chart and Markdown libraries

// The shared modules are named here too, although the others import them: they run first, in this
// order, in the bundle as they did as separate modules.
import './state.js';
import './dom.js';
import './libs.js';
import './theme.js';
import './nav.js';
import './frame.js';
import './transport.js';
import './url.js';
import './registry.js';
import './widgets/core.js';
import './render.js';
import './slots.js';
import './elements/index.js';
import './widgets/index.js';
import { start } from './connection.js';

start();

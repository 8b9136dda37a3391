/**
 * Every HTTP and WebSocket endpoint: the socket, the page and its parts, uploads, media, the Origin
 * check, and the recorder that wires the routes at start-up. Internal; the top floor under the
 * test harness: it may use every package below it, and none of them uses it.
 */
package dev.weft.runtime.web;

// The socket the other modules send through; connection.js opens and replaces it.

import { PROTOCOL_VERSION } from './state.js';

let socket = null;

export function setSocket(next) {
  socket = next;
}

export function currentSocket() {
  return socket;
}

/** Sends a message if connected; returns whether it went out. Nothing is queued while the socket is down. */
export function send(message) {
  if (socket?.readyState !== WebSocket.OPEN) return false;
  socket.send(JSON.stringify({ v: PROTOCOL_VERSION, ...message }));
  return true;
}

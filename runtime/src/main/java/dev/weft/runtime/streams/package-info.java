/**
 * Streamed text ({@code ui.writeStream}): reading an iterator or a publisher, sending what it adds
 * to the browser as appends coalesced per frame, and stopping the producer when the user asks.
 * Internal: not API.
 */
package dev.weft.runtime.streams;

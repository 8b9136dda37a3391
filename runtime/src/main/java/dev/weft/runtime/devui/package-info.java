/**
 * The Dev UI's live data: read-only snapshots of the open sessions and the {@code @Limited} lines,
 * served to the Weft card's pages over the Dev UI's JSON-RPC in dev mode only. Internal: not API.
 */
package dev.weft.runtime.devui;

/**
 * Pushes from the server: {@link dev.weft.Reruns} and the {@link dev.weft.Rerun} event, which rerun a
 * fragment in one session or in every session of an app. Internal; it uses {@code session} and the
 * floors below.
 */
package dev.weft.runtime.push;

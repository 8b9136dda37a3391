/**
 * A tab's session and the scheduler that runs its fragments: what runs when, in parallel or in
 * order, supersede and generations, dependents after a changed result, timers; the slots, the
 * inputs a browser sends, and the table requests. Internal; it uses {@code ui}, {@code widgets},
 * {@code limits} and the floors below, never the web layer.
 */
package dev.weft.runtime.session;

/**
 * Reading the rows an app hands to a table or a chart: records (their components), maps (their
 * keys) and beans (their getters). Internal; it uses nothing else of the runtime.
 */
package dev.weft.runtime.rows;

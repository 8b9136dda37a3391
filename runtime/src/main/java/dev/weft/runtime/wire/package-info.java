/**
 * The protocol between the browser and the server: parsing incoming messages, building outgoing
 * ones, the error codes and refusals, the element tree's JSON and the description of failures.
 * Internal; it knows no canvas, session or widget, and uses only the SPI at the root.
 */
package dev.weft.runtime.wire;

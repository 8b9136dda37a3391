/**
 * Tables as the server keeps them while a slot shows them: the rows read from what the app gave
 * (records, beans, maps, columns), typed and normalized once, and paged and sorted for the browser.
 * Internal; it uses {@code wire} and the SPI at the root, never a canvas or a session.
 */
package dev.weft.runtime.tables;

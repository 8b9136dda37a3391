/**
 * The {@code Ui} of one run and the elements it draws into a canvas: text, data, charts, media,
 * status, layout, forms and tables, and what a run leaves behind (its assets). Internal; it uses
 * {@code widgets}, {@code wire}, {@code uploads} and {@code media}, never a session or the web
 * layer.
 */
package dev.weft.runtime.ui;

/**
 * Charts of rows as the server builds them: x values and named series, read from the app's rows,
 * for the browser to draw with ECharts. Internal; it uses {@code tables} (reading rows) only
 * through the SPI at the root and {@code wire}, never a canvas or a session.
 */
package dev.weft.runtime.charts;

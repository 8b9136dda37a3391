package dev.weft.examples.gallery;

/**
 * What the sidebar's widgets pick for the charts.
 *
 * @param series which series the charts show
 * @param months how many months they span
 */
public record ChartSettings(String series, int months) {}

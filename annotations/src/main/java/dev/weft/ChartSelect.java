package dev.weft;

/**
 * What the user may select in a chart drawn with {@link Ui#chart(Chart)}: see {@link
 * Chart#select(ChartSelect)}.
 */
public enum ChartSelect {
    /** Nothing: the chart is output only (the default). */
    NONE,
    /** One point or bar, by a click; a click on it again clears the selection. */
    POINT,
    /** Any number of points or bars: a click adds or removes one. */
    POINTS,
    /** A range along the x axis, brushed with the mouse. */
    X_RANGE,
    /** The points inside a rectangle, brushed with the mouse. */
    BOX,
    /** The points inside a free-hand shape drawn with the mouse. */
    LASSO
}

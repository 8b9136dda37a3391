package dev.weft;

/** How {@link Ui#metric(String, String, String, DeltaColor)} colours its delta, as in Streamlit. */
public enum DeltaColor {

    /** A rise is good (green, arrow up), a fall is bad (red, arrow down): revenue, visitors. */
    NORMAL,

    /** A rise is bad (red), a fall is good (green): costs, latency, errors. */
    INVERSE,

    /** Grey whatever the direction; the arrow still shows it. */
    OFF
}

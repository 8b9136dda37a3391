package dev.weft;

/** How wide a page's main column is: {@link App#layout()}, Streamlit's {@code layout} page setting. */
public enum PageLayout {

    /** A column of readable width (about 1040 px) in the middle of the window: the default. */
    CENTERED,

    /** The whole width of the window, for wide tables and charts side by side. */
    WIDE
}

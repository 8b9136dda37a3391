package dev.weft;

/** Where on the page a {@link Fragment}'s slot is shown. */
public enum Area {

    /** The main column, below the page header: the default. */
    MAIN,

    /**
     * The sidebar at the left of the page (collapsible; above the main column on a narrow screen),
     * usually for filters and settings. Sidebar slots keep their declaration order among themselves.
     */
    SIDEBAR
}

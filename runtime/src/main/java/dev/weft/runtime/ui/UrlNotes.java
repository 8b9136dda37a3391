package dev.weft.runtime.ui;

import org.jboss.logging.Logger;

/** The note under a bound widget whose value from a link was refused, and its log line. */
final class UrlNotes {

    private static final Logger LOG = Logger.getLogger(UrlNotes.class);

    private UrlNotes() {}

    /** The note for a link's value of {@code param} that the widget refused, and logs it. */
    static String refused(String param, String why) {
        LOG.debugf("A link's value of query parameter '%s' was refused: %s", param, why);
        return "The link's value for '" + param + "' was not used: " + why + " Showing the default.";
    }
}

package dev.weft.runtime.tables;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The table downloads a browser asked for, each served at {@code /_weft/export/<ticket>} for a few
 * minutes: the ticket is a random 128-bit secret that only the session's own connection learns, as a
 * session's media keys are. Its tickets end with the session.
 */
public final class ExportTickets {

    /** Where downloads are served: {@code /_weft/export/<ticket>}. */
    public static final String PATH = "/_weft/export/";

    /** How long a ticket serves its download. */
    static final long LIFETIME_NANOS = 10L * 60 * 1_000_000_000;

    /** The most tickets held at once, across sessions; the oldest go first. */
    static final int MAX_TICKETS = 10_000;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Map<String, Ticket> TICKETS = new ConcurrentHashMap<>();

    /**
     * A download: the rows a view of a table selects, in a format.
     *
     * @param owner the session's id, whose end ends the ticket
     * @param fileName the download's file name
     */
    public record Ticket(
            String owner, TableModel table, TableCriteria criteria, String format, String fileName, long expires) {}

    private ExportTickets() {}

    /** A ticket for a download of {@code owner}'s; returns its URL. */
    public static String open(String owner, TableModel table, TableCriteria criteria, String format, String label) {
        sweep();
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        TICKETS.put(
                id,
                new Ticket(
                        owner, table, criteria, format, fileName(label, format), System.nanoTime() + LIFETIME_NANOS));
        return PATH + id;
    }

    /** The ticket {@code id}, or null if there is none or it has expired. */
    public static Ticket find(String id) {
        Ticket ticket = TICKETS.get(id);
        if (ticket == null || System.nanoTime() - ticket.expires() > 0) {
            return null;
        }
        return ticket;
    }

    /** Ends the tickets of a session that ended. */
    public static void close(String owner) {
        TICKETS.values().removeIf(ticket -> ticket.owner().equals(owner));
    }

    /** Drops expired tickets, and the oldest ones past {@link #MAX_TICKETS}. */
    private static void sweep() {
        long now = System.nanoTime();
        TICKETS.values().removeIf(ticket -> now - ticket.expires() > 0);
        if (TICKETS.size() >= MAX_TICKETS) {
            Iterator<Map.Entry<String, Ticket>> oldest = TICKETS.entrySet().stream()
                    .sorted(Map.Entry.comparingByValue((a, b) -> Long.compare(a.expires(), b.expires())))
                    .limit(TICKETS.size() - MAX_TICKETS + 1L)
                    .toList()
                    .iterator();
            oldest.forEachRemaining(entry -> TICKETS.remove(entry.getKey()));
        }
    }

    /** A file name from the table's label: letters, digits, spaces, dots, dashes and underscores kept. */
    static String fileName(String label, String format) {
        String base =
                label == null ? "" : label.replaceAll("[^\\p{L}\\p{N} ._-]", "").strip();
        if (base.length() > 80) {
            base = base.substring(0, 80).strip();
        }
        return (base.isEmpty() ? "table" : base) + "." + format;
    }
}

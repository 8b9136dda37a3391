package dev.weft.runtime.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.runtime.LimitDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * One open session as the Dev UI shows it: its page, its user, whether a tab is connected, and the
 * state of each fragment with its last run. A snapshot taken under the session's lock; nothing in it
 * can change the session.
 *
 * @param id the first eight characters of the session's id (enough to tell sessions apart, without
 *     handing out the id a tab resumes with)
 * @param app the page's path
 * @param title the page's title
 * @param user the user's name, empty for anonymous
 * @param connected whether a tab is connected now
 * @param openedAt when the session started (epoch milliseconds)
 * @param fragments the fragments in declaration order
 */
public record SessionView(
        String id,
        String app,
        String title,
        String user,
        boolean connected,
        long openedAt,
        List<FragmentView> fragments) {

    /**
     * One fragment of a session.
     *
     * @param name the fragment's name
     * @param state {@code placeholder} (never run yet), {@code waiting} (for its inputs), {@code queued}
     *     (in a {@code @Limited} line), {@code running}, {@code done} or {@code failed}
     * @param generation the generation of its latest run
     * @param runs its completed runs
     * @param startedAt when the current or last run started (epoch milliseconds), or 0
     * @param position its place in a {@code @Limited} line while queued (1 is next), or 0
     * @param etaMillis the estimated wait while queued, or -1 when not known
     * @param lastEndedAt when its last run ended (epoch milliseconds), or 0 before the first
     * @param lastDurationMillis how long its last run took, or -1 before the first
     * @param lastFailed whether its last run failed
     * @param limitGroup its {@code @Limited} group, or empty
     */
    public record FragmentView(
            String name,
            String state,
            long generation,
            int runs,
            long startedAt,
            int position,
            long etaMillis,
            long lastEndedAt,
            long lastDurationMillis,
            boolean lastFailed,
            String limitGroup) {}

    /** The session as it is now. */
    static SessionView of(Session session) {
        synchronized (session) {
            List<FragmentView> fragments = new ArrayList<>();
            for (Slot slot : session.slots()) {
                fragments.add(fragment(slot));
            }
            return new SessionView(
                    session.id.substring(0, Math.min(8, session.id.length())),
                    session.app.path(),
                    session.app.title(),
                    session.identity().user().loggedIn()
                            ? session.identity().user().name()
                            : "",
                    session.client != null,
                    session.openedAt,
                    List.copyOf(fragments));
        }
    }

    private static FragmentView fragment(Slot slot) {
        ObjectNode status = slot.status;
        ObjectNode last = slot.finished;
        LimitDefinition limit = slot.fragment.limit();
        return new FragmentView(
                slot.id(),
                status == null ? "placeholder" : status.path("state").asText("placeholder"),
                slot.generation,
                slot.runs,
                number(status, "startedAt", 0),
                (int) number(status, "position", 0),
                number(status, "etaMs", -1),
                number(last, "endedAt", 0),
                number(last, "durationMs", -1),
                last != null && "failed".equals(last.path("state").asText()),
                limit == null ? "" : limit.group());
    }

    private static long number(ObjectNode message, String field, long otherwise) {
        JsonNode value = message == null ? null : message.get(field);
        return value == null || !value.isNumber() ? otherwise : value.asLong();
    }
}

package dev.weft.it.browser;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Records the {@code status} messages the server sends a page over its WebSocket (see
 * docs/protocol.md): each fragment run's state, generation and server-side start and end times.
 */
final class StatusRecorder {

    /**
     * One {@code status} message; {@code endedAt} is 0 while the run is still going, {@code position}
     * is 0 unless the run is queued with a known place in line.
     */
    record Status(String slot, long gen, String state, long startedAt, long endedAt, long position) {

        boolean finished() {
            return state.equals("done") || state.equals("failed");
        }
    }

    /** A finished run's interval on the server clock, epoch milliseconds. */
    record Run(String slot, long startedAt, long endedAt) {

        boolean overlaps(Run other) {
            return startedAt < other.endedAt && other.startedAt < endedAt;
        }
    }

    // Playwright for Java delivers events on the thread that calls it, so no locking is needed.
    private final List<Status> statuses = new ArrayList<>();
    private final List<String> unreadable = new ArrayList<>();

    /** Starts recording; call before the page navigates so that no frame is missed. */
    static StatusRecorder attach(Page page) {
        StatusRecorder recorder = new StatusRecorder();
        page.onWebSocket(socket -> socket.onFrameReceived(frame -> recorder.accept(frame.text())));
        return recorder;
    }

    private void accept(String text) {
        if (text == null) {
            return;
        }
        try {
            JsonElement parsed = JsonParser.parseString(text);
            if (!parsed.isJsonObject()) {
                return;
            }
            JsonObject message = parsed.getAsJsonObject();
            if (!"status".equals(string(message, "type"))) {
                return;
            }
            statuses.add(new Status(
                    string(message, "slot"),
                    number(message, "gen"),
                    string(message, "state"),
                    number(message, "startedAt"),
                    number(message, "endedAt"),
                    number(message, "position")));
        } catch (RuntimeException e) {
            unreadable.add(text);
        }
    }

    /** Every status received so far, in arrival order. */
    List<Status> statuses() {
        return List.copyOf(statuses);
    }

    /** How many statuses have arrived; a mark to look only at later ones with {@link #since}. */
    int mark() {
        return statuses.size();
    }

    /** The statuses that arrived after {@code mark}. */
    List<Status> since(int mark) {
        return List.copyOf(statuses.subList(mark, statuses.size()));
    }

    /** The finished run of generation {@code gen} of {@code slot}, if its status has arrived. */
    Optional<Run> finishedRun(String slot, long gen) {
        return statuses.stream()
                .filter(s -> s.slot().equals(slot) && s.gen() == gen && s.finished())
                .reduce((first, second) -> second)
                .map(s -> new Run(s.slot(), s.startedAt(), s.endedAt()));
    }

    /** The latest status of {@code slot} that has arrived, if any. */
    Optional<Status> latest(String slot) {
        return statuses.stream().filter(s -> s.slot().equals(slot)).reduce((first, second) -> second);
    }

    /** The latest finished status of {@code slot} that has arrived, if any. */
    Optional<Status> latestFinished(String slot) {
        return statuses.stream()
                .filter(s -> s.slot().equals(slot) && s.finished())
                .reduce((first, second) -> second);
    }

    /** For failure messages: what arrived. */
    String describe() {
        return "statuses received: " + statuses + (unreadable.isEmpty() ? "" : "; unreadable frames: " + unreadable);
    }

    private static String string(JsonObject message, String field) {
        JsonElement value = message.get(field);
        return value == null || value.isJsonNull() ? "" : value.getAsString();
    }

    private static long number(JsonObject message, String field) {
        JsonElement value = message.get(field);
        return value == null || value.isJsonNull() ? 0 : value.getAsLong();
    }
}

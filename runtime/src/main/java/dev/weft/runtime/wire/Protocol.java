package dev.weft.runtime.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.runtime.AppDefinition;
import dev.weft.runtime.FragmentDefinition;
import java.util.List;
import java.util.Locale;

/**
 * Builds the messages the server sends, as JSON trees (no reflection, so native images need no
 * registration). The wire format is described in {@code docs/protocol.md}.
 */
public final class Protocol {

    /** The protocol version carried by every message. */
    static final int VERSION = 1;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Protocol() {}

    static ObjectNode message(String type) {
        return JSON.objectNode().put("v", VERSION).put("type", type);
    }

    public static ObjectNode welcome(String sessionId, boolean resumed, boolean dev, AppDefinition app) {
        ObjectNode welcome = message("welcome")
                .put("session", sessionId)
                .put("resumed", resumed)
                .put("dev", dev);
        welcome.putObject("app").put("title", app.title()).put("path", app.path());
        ArrayNode slots = welcome.putArray("slots");
        for (FragmentDefinition fragment : app.fragments()) {
            slots.addObject()
                    .put("id", fragment.name())
                    .put("draws", fragment.drawsUi())
                    .put("area", fragment.area().name().toLowerCase(Locale.ROOT));
        }
        return welcome;
    }

    /**
     * The page's URL now has this query string (without {@code ?}; empty for none): the browser adds
     * a history entry ({@code push}: a user's change of a bound widget) or replaces the current one.
     */
    public static ObjectNode url(String query, boolean push) {
        return message("url").put("query", query).put("push", push);
    }

    /** The slot will rerun (run {@code gen}) once its inputs have settled. */
    public static ObjectNode waiting(String slot, long gen) {
        return message("status").put("slot", slot).put("gen", gen).put("state", "waiting");
    }

    /**
     * Run {@code gen} waits in a {@code @Limited} group's line: at {@code position} (1 is next; left
     * out when below 1, not known yet) with an estimated wait of {@code etaMs} (left out when below 0).
     */
    public static ObjectNode queued(String slot, long gen, int position, long etaMs) {
        ObjectNode status = message("status").put("slot", slot).put("gen", gen).put("state", "queued");
        if (position >= 1) {
            status.put("position", position);
        }
        if (etaMs >= 0) {
            status.put("etaMs", etaMs);
        }
        return status;
    }

    public static ObjectNode running(String slot, long gen, long startedAt) {
        return message("status")
                .put("slot", slot)
                .put("gen", gen)
                .put("state", "running")
                .put("startedAt", startedAt);
    }

    public static ObjectNode finished(String slot, long gen, boolean failed, long startedAt, long endedAt) {
        return message("status")
                .put("slot", slot)
                .put("gen", gen)
                .put("state", failed ? "failed" : "done")
                .put("startedAt", startedAt)
                .put("endedAt", endedAt)
                .put("durationMs", endedAt - startedAt);
    }

    public static ObjectNode slot(String slot, long gen, List<ObjectNode> elements) {
        ObjectNode message = message("slot").put("slot", slot).put("gen", gen);
        message.putArray("elements").addAll(elements);
        return message;
    }

    /** What run {@code gen} has drawn so far, while it goes on; the final {@link #slot} replaces it. */
    public static ObjectNode partial(String slot, long gen, List<ObjectNode> elements) {
        ObjectNode message = message("slot").put("slot", slot).put("gen", gen).put("partial", true);
        message.putArray("elements").addAll(elements);
        return message;
    }

    /**
     * A page of a table's rows, answering a {@code table} request: {@code total} rows match its search
     * and filters, of {@code all}; {@code keys} holds each row's key.
     */
    public static ObjectNode tablePage(
            Incoming.Table request, long gen, int pages, long total, long all, ArrayNode rows, ArrayNode keys) {
        ObjectNode message = message("table_page")
                .put("slot", request.slot())
                .put("table", request.table())
                .put("gen", gen)
                .put("page", request.page())
                .put("pages", pages)
                .put("total", total)
                .put("all", all)
                .put("sort", request.sort())
                .put("desc", request.sort() != null && request.descending());
        if (request.req() != 0) {
            message.put("req", request.req());
        }
        message.set("rows", rows);
        message.set("keys", keys);
        return message;
    }

    /** A table's export is ready: the browser downloads it from {@code url}. */
    public static ObjectNode tableExport(Incoming.TableExport request, String url) {
        ObjectNode message = message("table_export")
                .put("slot", request.request().slot())
                .put("table", request.request().table())
                .put("format", request.format())
                .put("url", url);
        if (request.request().req() != 0) {
            message.put("req", request.request().req());
        }
        return message;
    }

    /** A refused or failed table request: an error that names its table. */
    public static ObjectNode tableError(Incoming.Table request, ErrorCode code, String text) {
        ObjectNode message = error(code, text).put("slot", request.slot()).put("table", request.table());
        if (request.req() != 0) {
            message.put("req", request.req());
        }
        return message;
    }

    /**
     * A refused edit of a data editor: the code and the reason, with the editor, the edit's {@code op},
     * the row and column it was for (when it named them) and its {@code req}, so the page shows the
     * reason in that cell.
     */
    public static ObjectNode editRefused(Incoming.TableEdit edit, ProtocolException refusal) {
        ObjectNode message = message("table_edit_error")
                .put("code", refusal.code().wire())
                .put("message", refusal.getMessage())
                .put("slot", edit.slot())
                .put("id", edit.id())
                .put("op", edit.op());
        if (edit.key() != null) {
            message.set("key", edit.key());
        }
        if (edit.column() != null) {
            message.put("column", edit.column());
        }
        if (edit.req() != 0) {
            message.put("req", edit.req());
        }
        return message;
    }

    /** Dev mode only: the app could not be reloaded; {@code message} says why (file and line included). */
    public static ObjectNode devProblem(String message) {
        return message("dev_problem").put("message", message);
    }

    /** Sends the browser to the page at {@code path} ({@code ui.switchPage}). */
    public static ObjectNode switchPage(String path) {
        return message("switch_page").put("path", path);
    }

    /** A toast drawn by run {@code gen} of {@code slot}: shown once, never re-sent. */
    public static ObjectNode toast(String slot, long gen, String text) {
        return message("toast").put("slot", slot).put("gen", gen).put("text", text);
    }

    /**
     * Text appended to the stream {@code id} of run {@code gen} of {@code slot}: {@code text} goes at
     * offset {@code at} of what the browser has; {@code end} once the stream has ended (its stop
     * control goes).
     */
    public static ObjectNode append(String slot, long gen, String id, int at, String text, boolean end) {
        ObjectNode message = message("append")
                .put("slot", slot)
                .put("gen", gen)
                .put("id", id)
                .put("at", at)
                .put("text", text);
        return end ? message.put("end", true) : message;
    }

    public static ObjectNode error(ErrorCode code, String text) {
        return message("error").put("code", code.wire()).put("message", text);
    }

    /** The reply to a refused message; with the {@code slot} and {@code id} of the widget it is about, if any. */
    public static ObjectNode error(ProtocolException refusal) {
        ObjectNode error = error(refusal.code(), refusal.getMessage());
        if (refusal.widget() != null) {
            error.put("slot", refusal.slot()).put("id", refusal.widget());
        }
        return error;
    }

    public static ObjectNode pong() {
        return message("pong");
    }
}

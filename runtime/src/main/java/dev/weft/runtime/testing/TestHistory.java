package dev.weft.runtime.testing;

import dev.weft.runtime.session.Session;
import java.util.ArrayList;
import java.util.List;

/**
 * The browser history of a harness session's page, kept as a browser keeps it: the session's URLs
 * either add an entry (a user's change of a bound widget) or replace the current one; back and
 * forward move along it and tell the session the URL, as {@code popstate} does.
 */
final class TestHistory {

    private final String path;
    private final List<String> entries = new ArrayList<>();
    private int at;

    /** The history of a page at {@code path} opened with {@code query} (null or empty: none). */
    TestHistory(String path, String query) {
        this.path = path;
        entries.add(query == null ? "" : query);
    }

    /** Listens to the session's URLs. */
    void follow(Session session) {
        session.onUrl(this::told);
    }

    private synchronized void told(String query, boolean push) {
        if (push) {
            entries.subList(at + 1, entries.size()).clear();
            entries.add(query);
            at++;
        } else {
            entries.set(at, query);
        }
    }

    synchronized String url() {
        return url(entries.get(at));
    }

    synchronized List<String> urls() {
        return entries.stream().map(this::url).toList();
    }

    /** Moves {@code by} entries and returns that entry's query. */
    synchronized String move(int by) {
        int next = at + by;
        if (next < 0 || next >= entries.size()) {
            throw new IllegalStateException(
                    "The history has no entry " + (by < 0 ? "before " : "after ") + url() + "; it is " + urls() + ".");
        }
        at = next;
        return entries.get(at);
    }

    /** Replaces the current entry with {@code url} (a path and query, or {@code ?query}); returns its query. */
    synchronized String replace(String url) {
        int mark = url.indexOf('?');
        String page = mark < 0 ? url : url.substring(0, mark);
        if (!page.isEmpty() && !page.equals(path)) {
            throw new IllegalArgumentException(
                    "'" + url + "' is not a URL of this page (" + path + "); open another page with AppTester.open.");
        }
        String query = mark < 0 ? "" : url.substring(mark + 1);
        entries.set(at, query);
        return query;
    }

    private String url(String query) {
        return query.isEmpty() ? path : path + "?" + query;
    }
}

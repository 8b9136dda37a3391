package dev.weft.runtime.session;

import dev.weft.runtime.wire.QueryString;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A session's page URL: its query parameters as the server last told the browser (or as the browser
 * told the server), and which of them came from the address bar (a link, back or forward) and have
 * not yet been drawn by the widget bound to them. Guarded by the session's lock.
 */
final class UrlState {

    private final Map<String, List<String>> params = new LinkedHashMap<>();
    private final Set<String> fromLink = new HashSet<>();
    /** Told of every URL the session gives the browser: its query, and whether it adds a history entry. */
    private BiConsumer<String, Boolean> listener = (query, push) -> {};

    /** The query string now, without {@code ?}. */
    String query() {
        return QueryString.format(params);
    }

    List<String> get(String name) {
        return params.getOrDefault(name, List.of());
    }

    Map<String, List<String>> all() {
        return QueryString.copy(params);
    }

    boolean fromLink(String name) {
        return fromLink.contains(name);
    }

    /** The widget bound to {@code name} has been drawn: a refusal of its value is no longer a link's. */
    void drawn(String name) {
        fromLink.remove(name);
    }

    /** Sets a parameter (no values: removes it); whether that changed the URL. */
    boolean set(String name, List<String> values) {
        fromLink.remove(name);
        if (values.isEmpty()) {
            return params.remove(name) != null;
        }
        List<String> copy = List.copyOf(values);
        return !copy.equals(params.put(name, copy));
    }

    /** Takes the browser's URL; returns the names whose values changed, which now count as a link's. */
    Set<String> load(Map<String, List<String>> next) {
        Set<String> changed = new LinkedHashSet<>();
        for (String name : new ArrayList<>(params.keySet())) {
            if (!next.containsKey(name)) {
                changed.add(name);
            }
        }
        next.forEach((name, values) -> {
            if (!values.equals(params.get(name))) {
                changed.add(name);
            }
        });
        params.clear();
        params.putAll(next);
        fromLink.addAll(changed);
        return changed;
    }

    void listen(BiConsumer<String, Boolean> listener) {
        this.listener = listener;
    }

    /** Tells the listener of the URL the browser is sent. */
    void told(boolean push) {
        listener.accept(query(), push);
    }
}

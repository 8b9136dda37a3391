package dev.weft.runtime.ui;

import dev.weft.PageContext;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one run sees of its page: the URL's query parameters and the request context. Its session
 * implements it per run, recording what the run reads (a later change of it reruns the fragment)
 * and dropping what a run writes once it no longer counts.
 */
public interface PageLink {

    /** A page outside any session (unit tests, benchmarks): no parameters, writes ignored. */
    PageLink NONE = new PageLink() {
        @Override
        public List<String> read(String name) {
            return List.of();
        }

        @Override
        public Map<String, List<String>> readAll() {
            return Map.of();
        }

        @Override
        public void write(String name, List<String> values) {}

        @Override
        public Bound bound(String name) {
            return new Bound(List.of(), false);
        }

        @Override
        public PageContext context() {
            return new PageContext(
                    Locale.getDefault(),
                    ZoneId.systemDefault(),
                    PageContext.Theme.LIGHT,
                    "",
                    Map.of(),
                    Map.of(),
                    "/",
                    "/");
        }
    };

    /**
     * The values of a parameter for a widget bound to it.
     *
     * @param fromLink whether they came from the browser's address bar (a link, back or forward), so
     *     a refused one deserves a note under the widget
     */
    record Bound(List<String> values, boolean fromLink) {}

    /** The parameter's values (empty: absent); the run now depends on it. */
    List<String> read(String name);

    /** Every parameter; the run now depends on them all. */
    Map<String, List<String>> readAll();

    /** Sets a parameter (no values: removes it), unless the run no longer counts. */
    void write(String name, List<String> values);

    /** The values for a widget bound to the parameter; the run now depends on it. */
    Bound bound(String name);

    /** The request context; the run now depends on the locale, zone and theme. */
    PageContext context();
}

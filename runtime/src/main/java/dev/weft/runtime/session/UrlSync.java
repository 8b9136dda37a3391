package dev.weft.runtime.session;

import dev.weft.PageContext;
import dev.weft.runtime.ui.Canvas;
import dev.weft.runtime.widgets.UrlValues;
import dev.weft.runtime.widgets.WidgetSpec;
import dev.weft.runtime.wire.ClientLocale;
import dev.weft.runtime.wire.PageRequest;
import dev.weft.runtime.wire.Protocol;
import dev.weft.runtime.wire.QueryString;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Keeps a session's URL and the fragments that depend on it in step: the query parameters every
 * fragment reads or binds a widget to, and the request context. Every change reruns exactly the
 * fragments whose last (or current) run read a changed parameter, and tells the browser the new URL:
 * a user's change of a bound widget as a new history entry ({@code pushState}), anything else as a
 * replacement ({@code replaceState}); a change that came from the browser is not echoed.
 *
 * <p>Guarded by the session's lock.
 */
final class UrlSync {

    private final Session session;
    private final UrlState state = new UrlState();
    private PageRequest request;
    private PageContext.Theme theme = PageContext.Theme.LIGHT;

    UrlSync(Session session, PageRequest request) {
        this.session = session;
        this.request = request;
        if (request.query() != null) {
            state.load(QueryString.parse(request.query()));
        }
    }

    UrlState state() {
        return state;
    }

    /** The request context of a run: the browser's locale, zone and theme, and the page request. */
    PageContext context() {
        PageRequest page;
        PageContext.Theme shown;
        synchronized (session) {
            page = request;
            shown = theme;
        }
        ClientLocale where = session.where();
        return new PageContext(
                where.locale(),
                where.zone(),
                shown,
                page.headers().getOrDefault("user-agent", List.of("")).get(0),
                page.headers(),
                page.cookies(),
                page.url(),
                page.path());
    }

    /** The browser's URL, from its hello or as it went back or forward; null (not known) changes nothing. */
    void browser(String query) {
        if (query == null) {
            return;
        }
        rerunReaders(state.load(QueryString.parse(query)), null);
    }

    /** The browser reports its theme; the fragments that asked for the context rerun if it changed. */
    void theme(String reported) {
        if (reported == null) {
            return;
        }
        PageContext.Theme next = PageContext.Theme.valueOf(reported.toUpperCase(Locale.ROOT));
        if (next != theme) {
            theme = next;
            contextChanged();
        }
    }

    /** The locale, zone or theme changed: the fragments that asked for the context rerun. */
    void contextChanged() {
        boolean any = false;
        for (Slot slot : session.slots()) {
            if (slot.readsContext || (slot.page != null && slot.page.readsContext())) {
                session.scheduler.invalidate(slot);
                any = true;
            }
        }
        if (any) {
            session.scheduler.pump();
        }
    }

    /** A user changed widgets of {@code slot} (which reruns): their parameters follow, as a new history entry. */
    void widgetsChanged(Slot slot, Map<String, Object> accepted) {
        Set<String> changed = new LinkedHashSet<>();
        accepted.forEach((id, value) -> {
            String param = slot.paramOf(id);
            WidgetSpec widget = slot.widget(id);
            if (param != null && widget != null && state.set(param, UrlValues.toUrl(widget, value))) {
                changed.add(param);
            }
        });
        if (!changed.isEmpty()) {
            tell(true);
            rerunReaders(changed, slot);
        }
    }

    /** A run of {@code slot} wrote a parameter: the URL is replaced, and the other readers rerun. */
    void written(Slot slot, String name, List<String> values) {
        if (state.set(name, values)) {
            tell(false);
            rerunReaders(Set.of(name), slot);
        }
    }

    /**
     * A run of {@code slot} completed: the parameters of the widgets it bound show their values now,
     * and those it bound before but no longer draws are removed (unless it failed, when it may simply
     * not have reached them).
     */
    void completed(Slot slot, Canvas.Drawing drawing, boolean failed, RunPage page) {
        slot.readsContext = page.readsContext();
        slot.urlReader = page;
        Set<String> changed = new LinkedHashSet<>();
        Map<String, String> before = new HashMap<>(slot.params);
        drawing.params().forEach((id, param) -> {
            before.values().remove(param);
            WidgetSpec widget = drawing.widgets().get(id);
            if (state.set(param, UrlValues.toUrl(widget, drawing.values().get(id)))) {
                changed.add(param);
            }
            state.drawn(param);
        });
        if (!failed) {
            before.values().forEach(param -> {
                if (state.set(param, List.of())) {
                    changed.add(param);
                }
            });
            slot.params = drawing.params();
        } else {
            Map<String, String> kept = new HashMap<>(slot.params);
            kept.putAll(drawing.params());
            slot.params = kept;
        }
        if (!changed.isEmpty()) {
            tell(false);
            rerunReaders(changed, slot);
        }
    }

    /** The URL of the session's browser now. */
    String query() {
        return state.query();
    }

    private void tell(boolean push) {
        session.send(Protocol.url(state.query(), push));
        state.told(push);
    }

    /** Reruns every fragment but {@code except} whose last or current run read one of {@code names}. */
    private void rerunReaders(Set<String> names, Slot except) {
        if (names.isEmpty()) {
            return;
        }
        boolean any = false;
        for (Slot slot : session.slots()) {
            if (slot != except
                    && ((slot.urlReader != null && slot.urlReader.readsAny(names))
                            || (slot.page != null && slot.page.readsAny(names)))) {
                session.scheduler.invalidate(slot);
                any = true;
            }
        }
        if (any) {
            session.scheduler.pump();
        }
    }

    /** The page request the session knows now (a tab that connects without its page's request updates it). */
    void request(PageRequest next) {
        this.request = next;
    }
}

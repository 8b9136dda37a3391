package dev.weft.runtime.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.User;
import dev.weft.runtime.identity.SessionIdentity;
import dev.weft.runtime.media.SessionMedia;
import dev.weft.runtime.session.Session;
import dev.weft.runtime.session.Sessions;
import dev.weft.runtime.session.SlotSnapshot;
import dev.weft.runtime.tables.TableModel;
import dev.weft.runtime.widgets.ChoiceWidgets;
import dev.weft.runtime.widgets.ComponentWidgets;
import dev.weft.runtime.widgets.DialogWidgets;
import dev.weft.runtime.widgets.FormWidgets;
import dev.weft.runtime.widgets.UploadWidgets;
import dev.weft.runtime.widgets.WidgetSpec;
import dev.weft.runtime.wire.ElementTree;
import dev.weft.runtime.wire.ErrorCode;
import dev.weft.runtime.wire.ProtocolException;
import dev.weft.testing.AppSession;
import dev.weft.testing.AppTester;
import dev.weft.testing.ChartView;
import dev.weft.testing.DialogView;
import dev.weft.testing.SlotView;
import dev.weft.testing.StreamView;
import dev.weft.testing.TableView;
import dev.weft.testing.Visit;
import dev.weft.testing.WidgetView;
import io.quarkus.arc.Unremovable;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** The {@link AppTester} of this server: real sessions, with no browser attached. */
@Singleton
@Unremovable
class AppTesterImpl implements AppTester {

    private static final Set<String> TEXTUAL =
            Set.of("title", "header", "subheader", "text", "markdown", "caption", "stream");

    /** The charts of rows: drawn with a chart method, or {@code ui.chart(Chart)} (selecting or not). */
    private static final Set<String> CHARTS =
            Set.of("line_chart", "area_chart", "bar_chart", "scatter_chart", "chart_select");

    private static final Set<String> CALLOUTS = Set.of("info", "success", "warning", "error");

    private final Sessions sessions;
    private final ObjectMapper mapper;
    private final SessionIdentity identity;

    @Inject
    AppTesterImpl(Sessions sessions, ObjectMapper mapper) {
        this(sessions, mapper, SessionIdentity.ANONYMOUS);
    }

    private AppTesterImpl(Sessions sessions, ObjectMapper mapper, SessionIdentity identity) {
        this.sessions = sessions;
        this.mapper = mapper;
        this.identity = identity;
    }

    @Override
    public AppSession open(String path) {
        return visit(path).open();
    }

    @Override
    public AppSession open(String path, Locale locale, ZoneId zone) {
        return visit(path).locale(locale).zone(zone).open();
    }

    @Override
    public Visit visit(String url) {
        return new TestVisit(url, (visit, request) -> {
            TestHistory history = new TestHistory(request.path(), request.query());
            // The history listens before the first run, so it sees every URL the app writes.
            try {
                Session session =
                        sessions.startDetached(visit.where(), request, visit.theme(), history::follow, identity);
                return new TestSession(session, history);
            } catch (ProtocolException refused) {
                throw identity.user().loggedIn()
                        ? new ForbiddenException(refused.getMessage())
                        : new UnauthorizedException(refused.getMessage());
            }
        });
    }

    @Override
    public AppTester as(String name, String... roles) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A logged-in user has a name: give one, or use anonymous()");
        }
        return new AppTesterImpl(sessions, mapper, SessionIdentity.of(User.of(name, roles)));
    }

    @Override
    public AppTester anonymous() {
        return new AppTesterImpl(sessions, mapper, SessionIdentity.ANONYMOUS);
    }

    /** The text of every text-like element of {@code elements}, containers included, in page order. */
    static List<String> texts(JsonNode elements) {
        List<String> texts = new ArrayList<>();
        for (JsonNode element : ElementTree.flatten(elements)) {
            String type = element.path("t").asText();
            if (TEXTUAL.contains(type)) {
                texts.add(element.path("text").asText());
            } else if (CALLOUTS.contains(type)) {
                texts.add(element.path("message").asText());
            } else if ("code".equals(type)) {
                texts.add(element.path("code").asText());
            } else if ("html".equals(type)) {
                texts.add(element.path("html").asText());
            }
        }
        return texts;
    }

    private final class TestSession implements AppSession {
        private final Session session;
        private final TestHistory history;
        /** Values set on widgets of a form, held until the form is submitted, by form id. */
        private final Map<String, ObjectNode> held = new ConcurrentHashMap<>();

        TestSession(Session session, TestHistory history) {
            this.session = session;
            this.history = history;
        }

        @Override
        public String url() {
            return history.url();
        }

        @Override
        public List<String> history() {
            return history.urls();
        }

        @Override
        public AppSession back() {
            session.browserUrl(history.move(-1));
            return this;
        }

        @Override
        public AppSession forward() {
            session.browserUrl(history.move(1));
            return this;
        }

        @Override
        public AppSession goTo(String url) {
            session.browserUrl(history.replace(url));
            return this;
        }

        @Override
        public AppSession awaitIdle() {
            return awaitIdle(Duration.ofSeconds(30));
        }

        @Override
        public AppSession awaitIdle(Duration timeout) {
            try {
                if (!session.awaitIdle(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                    throw new IllegalStateException("The app did not settle within " + timeout + ".");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the app to settle", e);
            }
            return this;
        }

        @Override
        public Optional<String> switchedTo() {
            return session.switchedTo();
        }

        @Override
        public SlotView slot(String fragment) {
            session.snapshot(fragment); // fails at once for an unknown fragment
            return new TestSlot(this, fragment);
        }

        @Override
        public void close() {
            sessions.end(session);
        }
    }

    private final class TestSlot implements SlotView {
        private final TestSession owner;
        private final Session session;
        private final String id;

        TestSlot(TestSession owner, String id) {
            this.owner = owner;
            this.session = owner.session;
            this.id = id;
        }

        @Override
        public String state() {
            return session.snapshot(id).state();
        }

        @Override
        public int runs() {
            return session.snapshot(id).runs();
        }

        @Override
        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> elements() {
            List<Map<String, Object>> elements = new ArrayList<>();
            JsonNode content = session.snapshot(id).content();
            if (content != null) {
                content.get("elements").forEach(element -> elements.add(mapper.convertValue(element, Map.class)));
            }
            return elements;
        }

        @Override
        public List<String> texts() {
            JsonNode content = session.snapshot(id).content();
            return content == null ? List.of() : AppTesterImpl.texts(content.get("elements"));
        }

        @Override
        public DialogView dialog(String titleOrKey) {
            JsonNode content = session.snapshot(id).content();
            if (content != null) {
                for (JsonNode element : ElementTree.flatten(content.get("elements"))) {
                    if ("dialog".equals(element.path("t").asText())
                            && (element.path("label").asText().equals(titleOrKey)
                                    || element.path("id").asText().equals("key:" + titleOrKey))) {
                        return new TestDialog(
                                mapper, session, id, element.path("id").asText());
                    }
                }
            }
            throw new IllegalArgumentException(
                    "Fragment '" + id + "' drew no dialog titled or keyed '" + titleOrKey + "' in its last run.");
        }

        @Override
        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> elements(String type) {
            List<Map<String, Object>> elements = new ArrayList<>();
            JsonNode content = session.snapshot(id).content();
            if (content != null) {
                for (JsonNode element : ElementTree.flatten(content.get("elements"))) {
                    if (type.equals(element.path("t").asText())) {
                        elements.add(mapper.convertValue(element, Map.class));
                    }
                }
            }
            return elements;
        }

        @Override
        public TableView table(int index) {
            List<Map<String, Object>> tables = elements("table");
            if (index < 0 || index >= tables.size()) {
                throw new IllegalArgumentException(
                        "Fragment '" + id + "' shows " + tables.size() + " tables; there is no table " + index + ".");
            }
            SlotSnapshot snapshot = session.snapshot(id);
            String tableId = String.valueOf(tables.get(index).get("id"));
            TableModel data =
                    snapshot.assets() == null ? null : snapshot.assets().table(tableId);
            if (data == null) {
                throw new IllegalStateException("The rows of table " + tableId + " are gone.");
            }
            Object widget = tables.get(index).get("widget");
            TestTable view = new TestTable(
                    mapper,
                    session,
                    id,
                    tableId,
                    snapshot.assets().gen(),
                    data,
                    widget == null ? null : String.valueOf(widget));
            return tables.get(index).get("editor") instanceof Map<?, ?> editor
                    ? view.editing(String.valueOf(editor.get("widget")))
                    : view;
        }

        @Override
        public ChartView chart(int index) {
            List<JsonNode> charts = new ArrayList<>();
            JsonNode content = session.snapshot(id).content();
            if (content != null) {
                for (JsonNode element : ElementTree.flatten(content.get("elements"))) {
                    if (CHARTS.contains(element.path("t").asText())) {
                        charts.add(element);
                    }
                }
            }
            if (index < 0 || index >= charts.size()) {
                throw new IllegalArgumentException(
                        "Fragment '" + id + "' shows " + charts.size() + " charts; there is no chart " + index + ".");
            }
            return new TestChart(session, id, charts.get(index));
        }

        @Override
        public List<String> toasts() {
            return session.snapshot(id).toasts();
        }

        @Override
        public byte[] media(String url) {
            SessionMedia media = session.media();
            String prefix = media == null ? null : media.url("");
            SessionMedia.Item item = prefix != null && url != null && url.startsWith(prefix)
                    ? media.get(url.substring(prefix.length()))
                    : null;
            if (item == null) {
                throw new IllegalArgumentException("This session serves nothing at '" + url + "'.");
            }
            return item.data().clone();
        }

        @Override
        public StreamView stream() {
            return TestStream.of(session, id);
        }

        @Override
        public WidgetView widget(String labelOrKey) {
            Map<String, WidgetSpec> widgets = session.snapshot(id).widgets();
            for (WidgetSpec widget : widgets.values()) {
                if (widget instanceof DialogWidgets.Dialog) {
                    continue; // a dialog is reached with dialog(title), and its button keeps its label
                }
                if (widget.id().equals("key:" + labelOrKey) || widget.label().equals(labelOrKey)) {
                    return new TestWidget(owner, id, widget.id());
                }
            }
            throw new IllegalArgumentException(
                    "Fragment '" + id + "' drew no widget labelled or keyed '" + labelOrKey + "' in its last run.");
        }
    }

    private final class TestWidget implements WidgetView {
        private final TestSession owner;
        private final Session session;
        private final String slot;
        private final String id;

        TestWidget(TestSession owner, String slot, String id) {
            this.owner = owner;
            this.session = owner.session;
            this.slot = slot;
            this.id = id;
        }

        @Override
        public Object value() {
            SlotSnapshot snapshot = session.snapshot(slot);
            WidgetSpec widget = snapshot.widgets().get(id);
            if (widget == null) {
                throw new IllegalStateException("Widget " + id + " is no longer drawn by '" + slot + "'.");
            }
            Object value =
                    widget.clicks() ? widget.initial() : snapshot.values().getOrDefault(id, widget.initial());
            return value == ComponentWidgets.NO_VALUE ? null : value;
        }

        @Override
        public void set(Object value) {
            SlotSnapshot snapshot = session.snapshot(slot);
            WidgetSpec widget = snapshot.widgets().get(id);
            String form = snapshot.forms().get(id);
            try {
                JsonNode wire = widget instanceof UploadWidgets.FileUploader uploader
                        ? TesterInputs.upload(uploader, value)
                        : widget instanceof ChoiceWidgets.OverOptions choice
                                ? choice.wire(value) // the app's own option objects, sent as positions
                                : TesterInputs.wire(mapper, value);
                if (form == null || widget == null || widget.clicks()) {
                    session.widget(slot, id, wire);
                    return;
                }
                if (widget.disabled()) {
                    throw new ProtocolException(ErrorCode.DISABLED, "'" + widget.label() + "' is disabled.");
                }
                widget.accept(wire); // refused at once, as a browser could never send it
                owner.held
                        .computeIfAbsent(slot + '\n' + form, key -> mapper.createObjectNode())
                        .set(id, wire);
            } catch (ProtocolException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }

        @Override
        public void click() {
            SlotSnapshot snapshot = session.snapshot(slot);
            String form = snapshot.forms().get(id);
            if (!(snapshot.widgets().get(id) instanceof FormWidgets.SubmitButton) || form == null) {
                set(true);
                return;
            }
            String key = slot + '\n' + form;
            ObjectNode values = owner.held.getOrDefault(key, mapper.createObjectNode());
            try {
                session.form(slot, form, id, values);
                owner.held.remove(key);
            } catch (ProtocolException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
    }
}

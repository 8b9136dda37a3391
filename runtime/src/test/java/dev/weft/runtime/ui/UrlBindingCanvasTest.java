package dev.weft.runtime.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.PageContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A widget bound to a query parameter takes its value from the URL, checked; fragments read and write it. */
class UrlBindingCanvasTest {

    private static final List<String> REGIONS = List.of("Europe", "Asia");

    /** A page whose URL is {@code params}, its values a link's when {@code fromLink}. */
    private static final class Page implements PageLink {
        final Map<String, List<String>> params = new HashMap<>();
        final List<String> reads = new ArrayList<>();
        final List<String> writes = new ArrayList<>();
        boolean fromLink = true;

        @Override
        public List<String> read(String name) {
            reads.add(name);
            return params.getOrDefault(name, List.of());
        }

        @Override
        public Map<String, List<String>> readAll() {
            reads.add("*");
            return Map.copyOf(params);
        }

        @Override
        public void write(String name, List<String> values) {
            writes.add(name + "=" + values);
        }

        @Override
        public Bound bound(String name) {
            reads.add(name);
            return new Bound(params.getOrDefault(name, List.of()), fromLink);
        }

        @Override
        public PageContext context() {
            return PageLink.NONE.context();
        }
    }

    private final Page page = new Page();
    private final Canvas canvas = new Canvas(Map.of());
    private final UiImpl ui = new UiImpl(
            canvas, new RunAssets("s", 1, null, false, text -> {}, dev.weft.runtime.wire.ClientLocale::server, page));

    @Test
    void boundWidget_takesTheUrlsValue_andIsKeyedByTheParameter() {
        page.params.put("region", List.of("Asia"));
        assertThat(ui.queryParam("region").selectbox("Region", REGIONS)).isEqualTo("Asia");
        Canvas.Drawing drawing = canvas.seal();
        assertThat(drawing.params()).containsExactly(Map.entry("key:region", "region"));
        assertThat(drawing.values()).containsEntry("key:region", "Asia");
        assertThat(page.reads).containsExactly("region");
    }

    @Test
    void aLinksRefusedValue_givesTheDefault_withANote_andAnOwnRefusalNone() {
        page.params.put("region", List.of("Mars"));
        assertThat(ui.queryParam("region").selectbox("Region", REGIONS)).isEqualTo("Europe");
        page.fromLink = false;
        page.params.put("other", List.of("Mars"));
        assertThat(ui.queryParam("other").selectbox("Other", REGIONS)).isEqualTo("Europe");
        List<ObjectNode> elements = canvas.seal().elements();
        assertThat(elements.get(0).path("note").asText()).contains("'region'", "Mars", "Showing the default");
        assertThat(elements.get(1).has("note"))
                .as("not a link's value: no note")
                .isFalse();
    }

    @Test
    void widgetsWithoutAValueToShow_cannotBeBound() {
        assertThatThrownBy(() -> ui.queryParam("go").button("Go"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be bound");
        assertThatThrownBy(() -> ui.queryParam(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void queryParams_readRecordTheDependency_andWritesGoToThePage() {
        page.params.put("tab", List.of("a", "b"));
        assertThat(ui.queryParams().get("tab")).hasValue("b");
        assertThat(ui.queryParams().getAll("tab")).containsExactly("a", "b");
        assertThat(ui.queryParams().get("none")).isEmpty();
        ui.queryParams().set("tab", "c");
        ui.queryParams().remove("x");
        assertThat(page.reads).containsExactly("tab", "tab", "none");
        assertThat(page.writes).containsExactly("tab=[c]", "x=[]");
    }
}

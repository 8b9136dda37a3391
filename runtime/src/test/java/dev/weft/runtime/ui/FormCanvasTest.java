package dev.weft.runtime.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.Form;
import dev.weft.Ui;
import dev.weft.runtime.widgets.WidgetSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Forms on a run's canvas: a container whose widgets, in whatever container inside it, belong to it. */
class FormCanvasTest {

    private final Canvas canvas = new Canvas(Map.of());
    private final UiImpl ui = new UiImpl(canvas);

    @Test
    void form_holdsItsWidgets_evenInItsColumns_andEachWidgetNamesItsForm() {
        Form form = ui.form("signup");
        form.columns(2).get(1).textInput("Name", "");
        form.submitButton("Send");
        ui.checkbox("Outside", false);

        Canvas.Drawing drawing = canvas.seal();
        assertThat(drawing.forms())
                .containsEntry("text_input:Name:0", "form:signup")
                .containsEntry("form_submit_button:Send:0", "form:signup")
                .doesNotContainKey("checkbox:Outside:0");
        assertThat(drawing.elements().get(0).toString())
                .startsWith("{\"t\":\"form\",\"id\":\"form:signup\",\"children\":[{\"t\":\"columns\"")
                .contains("\"id\":\"text_input:Name:0\",\"label\":\"Name\",\"disabled\":false,\"value\":\"\","
                        + "\"maxLength\":1000,\"form\":\"form:signup\"}")
                .contains("{\"t\":\"form_submit_button\",\"id\":\"form_submit_button:Send:0\",\"label\":\"Send\","
                        + "\"disabled\":false,\"form\":\"form:signup\"}");
        assertThat(drawing.elements().get(1).has("form")).isFalse();
    }

    @Test
    void submitButton_clicksForTheRunItCaused_only() {
        Canvas clicked = new Canvas(Map.of("form_submit_button:Send:0", true));
        Form form = new UiImpl(clicked).form("f");
        assertThat(form.submitButton("Send")).isTrue();
        assertThat(clicked.seal().values()).containsEntry("form_submit_button:Send:0", false);
    }

    @Test
    void aDisabledForm_drawsEverythingInItDisabled() {
        Form form = ui.disabled().form("f");
        form.toggle("Live", true);
        form.submitButton("Send");
        assertThat(canvas.seal().widgets().values()).allMatch(WidgetSpec::disabled);
    }

    @Test
    void aFormWithoutSubmitButton_showsWhy_onlyIfTheRunCompleted() {
        ui.form("lonely").text("inside");
        assertThat(canvas.seal().elements().get(0).get("children").toString())
                .contains("Form 'lonely' has no submit button");

        Canvas failed = new Canvas(Map.of());
        new UiImpl(failed).form("lonely");
        assertThat(failed.seal(false).elements().get(0).get("children")).isEmpty();
    }

    @Test
    void widgetsAnEmptyPlaceholderReplaced_leaveTheirForm() {
        Form form = ui.form("f");
        Ui slot = form.empty();
        slot.textInput("Gone", "");
        slot.text("replaced");
        form.submitButton("Send");
        assertThat(canvas.seal().forms()).containsOnlyKeys("form_submit_button:Send:0");
    }

    @Test
    void formKeys_areUniqueAndNotBlank() {
        ui.form("f").submitButton("Go");
        assertThatThrownBy(() -> ui.form("f")).hasMessageContaining("Two forms of this fragment have the key 'f'");
        assertThatThrownBy(() -> ui.form(" ")).hasMessageContaining("must not be blank");
        assertThat(List.of(canvas.seal().elements().size())).containsExactly(1);
    }
}

package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.Form;
import dev.weft.Fragment;
import dev.weft.Ui;
import dev.weft.testing.AppSession;
import dev.weft.testing.AppTester;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What may not be drawn in a form fails the fragment with a message saying how to fix it; a form
 * without a submit button says so in its place.
 */
class FormRulesTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest().withApplicationRoot(jar -> jar.addClasses(Rules.class)
            .addClass(FormRulesTest.class.getPackageName() + ".FormRulesTest_Rules_WeftApp"));

    @Inject
    AppTester tester;

    @App(path = "/rules")
    public static class Rules {

        @Fragment
        void buttonInForm(Ui ui) {
            ui.form("f").button("Go");
        }

        @Fragment
        void nested(Ui ui) {
            ui.form("outer").expander("More").form("inner");
        }

        @Fragment
        void sameKey(Ui ui) {
            ui.form("f").submitButton("One");
            ui.form("f");
        }

        @Fragment
        void noSubmit(Ui ui) {
            ui.form("lonely").textInput("Name", "");
            ui.text("after");
        }

        @Fragment
        void submitOutside(Ui ui) {
            ((Form) ui).submitButton("Go");
        }
    }

    @Test
    void formRules_failTheFragment_withHowToFixIt() {
        try (AppSession app = tester.open("/rules").awaitIdle()) {
            assertThat(app.slot("buttonInForm").state()).isEqualTo("failed");
            assertThat(app.slot("buttonInForm").texts())
                    .singleElement()
                    .asString()
                    .contains("'Go' is a button inside form 'f'")
                    .contains("form.submitButton(\"Go\")");
            assertThat(app.slot("nested").texts())
                    .singleElement()
                    .asString()
                    .contains("Forms do not nest: form 'inner' is drawn inside form 'outer'");
            assertThat(app.slot("sameKey").texts())
                    .singleElement()
                    .asString()
                    .contains("Two forms of this fragment have the key 'f'");
            assertThat(app.slot("submitOutside").texts())
                    .singleElement()
                    .asString()
                    .contains("a submit button is drawn on a form itself");
        }
    }

    @Test
    void formWithoutSubmitButton_showsAnErrorInIt_andTheRestOfTheSlotStays() {
        try (AppSession app = tester.open("/rules").awaitIdle()) {
            assertThat(app.slot("noSubmit").state()).isEqualTo("done");
            List<Map<String, Object>> elements = app.slot("noSubmit").elements();
            assertThat(elements).extracting(e -> e.get("t")).containsExactly("form", "text");
            assertThat(elements.get(0).get("children").toString())
                    .contains("t=text_input")
                    .contains("Form 'lonely' has no submit button")
                    .contains("form.submitButton(\"Submit\")");
        }
    }
}

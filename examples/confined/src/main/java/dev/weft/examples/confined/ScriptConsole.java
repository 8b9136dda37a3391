package dev.weft.examples.confined;

import dev.weft.App;
import dev.weft.Area;
import dev.weft.Fragment;
import dev.weft.Ui;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A JavaScript console on one Rhino engine shared by every tab. The engine only works on the
 * thread that created it, so it lives in a confined group: each evaluation, from whichever tab,
 * waits its turn in the group's line (the console's slot shows its place) and runs on the group's
 * thread, {@code weft-confined-rhino}. A script that throws shows its error in the console's slot.
 */
@App(title = "Shared JavaScript", path = "/")
public class ScriptConsole {

    private static final AtomicInteger TABS = new AtomicInteger();

    /** This tab's name, e.g. {@code tab 3}: in the history, and in Rhino's error messages. */
    private final String tab = "tab " + TABS.incrementAndGet();

    @Inject
    ScriptEngine engine;

    @Fragment
    void intro(Ui ui) {
        ui.title("One JavaScript engine for every tab");
        ui.markdown("A [Rhino](https://github.com/mozilla/rhino) engine only answers the thread that created it,"
                + " so every evaluation, from every tab, runs on its group's own thread, one at a time. Variables"
                + " outlive each evaluation and are the same in every tab: `shared` is one object for everyone."
                + " You are **" + tab + "**.");
    }

    /** Evaluates what the user typed, in the shared engine; what the script throws shows here. */
    @Fragment(parallel = true)
    void console(Ui ui) {
        ui.header("Console");
        String source = ui.textInput("JavaScript", "shared.visits += 1", 500);
        ui.button("Run again");
        if (source.isBlank()) {
            ui.text("Type an expression and press Enter.");
            return;
        }
        ScriptEngine.Evaluation result = engine.evaluate(tab, source); // waits in the group's line
        ui.markdown("```\n" + result.value().replace("```", "`\u200b``") + "\n```");
        ui.text(String.format(
                Locale.ROOT,
                "Evaluation #%d, on thread %s, in %.1f ms.",
                result.number(),
                result.thread(),
                result.micros() / 1000.0));
    }

    /** The engine's shared state and the last evaluations from every tab: on a timer. */
    @Fragment(parallel = true, runEvery = "2s")
    void state(Ui ui) {
        ui.header("Shared state");
        List<Ui> columns = ui.columns(2, 3);
        columns.get(0).markdown("`shared`, as every tab sees it:\n\n```json\n" + engine.shared() + "\n```");
        List<ScriptEngine.Evaluation> history = engine.history(8);
        StringBuilder table = new StringBuilder(
                "Last evaluations, from every tab:\n\n| # | Tab | Script | Value |\n" + "| --- | --- | --- | --- |\n");
        for (ScriptEngine.Evaluation evaluation : history) {
            table.append("| ")
                    .append(evaluation.number())
                    .append(" | ")
                    .append(evaluation.origin())
                    .append(" | ")
                    .append(cell(evaluation.source()))
                    .append(" | ")
                    .append(cell(evaluation.value()))
                    .append(" |\n");
        }
        columns.get(1).markdown(history.isEmpty() ? "No evaluation yet." : table.toString());
    }

    /** Things to try, in the sidebar. */
    @Fragment(area = Area.SIDEBAR)
    void tips(Ui ui) {
        ui.header("Try");
        ui.markdown("""
                - `shared.visits += 1`: every tab counts on the same variable
                - `shared.note = 'hello from %s'`, then `shared.note` in another tab
                - `[1, 2, 3].map(x => x * x)`
                - `var fib = n => n < 2 ? n : fib(n - 1) + fib(n - 2); fib(20)`, then `fib(10)` anywhere
                - `nope()`: the error shows in the console
                - `while (true) {}`: stopped after the time limit; the other tabs wait meanwhile
                """.formatted(tab));
    }

    /** A value in a Markdown table cell: one line, short, no markup. */
    private static String cell(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        if (line.length() > 60) {
            line = line.substring(0, 59) + "…";
        }
        return "`" + line.replace("`", "'").replace("|", "\\|") + "`";
    }
}

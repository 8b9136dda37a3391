package dev.weft.examples.confined;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.testing.AppSession;
import dev.weft.testing.AppTester;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The confined example for real: Rhino refuses the engine's context from any thread but its own,
 * and the confined group makes it work from many sessions at once.
 */
@QuarkusTest
class ScriptConsoleTest {

    private static final String CONFINED_THREAD = "weft-confined-rhino";

    @Inject
    AppTester tester;

    @Inject
    ScriptEngine engine;

    @Test
    void engineCalledFromAnotherThread_fails_throughItsGroup_works() {
        assertEquals(CONFINED_THREAD, engine.evaluate("test", "1").thread()); // the group has started the engine
        ScriptEngine bean = ClientProxy.unwrap(engine);
        assertNotNull(bean.context, "the engine's context was entered on the group's thread");

        RuntimeException refused = assertThrows(
                RuntimeException.class,
                () -> bean.context.evaluateString(bean.scope, "[1, 2, 3].map(x => x * x)", "test", 1, null));
        assertEquals("No Context associated with current Thread", refused.getMessage());

        ScriptEngine.Evaluation confined = engine.evaluate("test", "[1, 2, 3].map(x => x * x)");
        assertEquals("[\n  1,\n  4,\n  9\n]", confined.value());
        assertEquals(CONFINED_THREAD, confined.thread());
    }

    @Test
    void manySessionsAtOnce_shareOneEngine_onItsThread() throws Exception {
        int sessions = 8;
        // Each script keeps the engine busy for a moment, so that the sessions' calls wait for each other.
        String script =
                "var t = Date.now(); while (Date.now() - t < 40) {}" + " shared.together = (shared.together || 0) + 1";
        ExecutorService tabs = Executors.newFixedThreadPool(sessions);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                results.add(tabs.submit(() -> {
                    try (AppSession app = tester.open("/").awaitIdle()) {
                        app.slot("console").widget("JavaScript").set(script);
                        app.awaitIdle();
                        assertEquals(
                                "done",
                                app.slot("console").state(),
                                app.slot("console").texts().toString());
                        return app.slot("console").texts();
                    }
                }));
            }
            Set<Integer> values = new TreeSet<>();
            for (Future<List<String>> result : results) {
                List<String> texts = result.get();
                values.add(Integer.parseInt(texts.get(1).replace("```", "").strip()));
                assertTrue(texts.get(2).contains("on thread " + CONFINED_THREAD), texts.toString());
            }
            int last =
                    Integer.parseInt(engine.evaluate("test", "shared.together").value());
            Set<Integer> expected = IntStream.rangeClosed(last - sessions + 1, last)
                    .boxed()
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(expected, values, "each session counted once on the one shared variable");
        } finally {
            tabs.shutdownNow();
        }
    }

    @Test
    void scriptThatThrows_showsItsErrorInTheSlot_andTheSessionGoesOn() {
        try (AppSession app = tester.open("/").awaitIdle()) {
            app.slot("console").widget("JavaScript").set("nope()");
            app.awaitIdle();

            assertEquals("failed", app.slot("console").state());
            String error = app.slot("console").texts().getLast();
            assertTrue(error.contains("ReferenceError: \"nope\" is not defined."), error);
            assertEquals("nope()", app.slot("console").widget("JavaScript").value(), "the field is still there");
            assertEquals("done", app.slot("state").state(), "the other fragments go on");

            app.slot("console").widget("JavaScript").set("6 * 7");
            app.awaitIdle();
            assertEquals("done", app.slot("console").state());
            assertEquals("```\n42\n```", app.slot("console").texts().get(1));
        }
    }

    @Test
    void endlessScript_isStoppedAtTheTimeLimit_andTheEngineGoesOn() {
        try (AppSession app = tester.open("/").awaitIdle()) {
            app.slot("console").widget("JavaScript").set("while (true) {}");
            app.awaitIdle();

            assertEquals("failed", app.slot("console").state());
            assertTrue(
                    app.slot("console").texts().getLast().contains("Stopped: the script ran for more than 500 ms."),
                    app.slot("console").texts().toString());

            app.slot("console").widget("JavaScript").set("'still ' + 'here'");
            app.awaitIdle();
            assertEquals("```\n\"still here\"\n```", app.slot("console").texts().get(1));
        }
    }
}

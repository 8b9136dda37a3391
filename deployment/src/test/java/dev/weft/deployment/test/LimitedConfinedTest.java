package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.Limited;
import dev.weft.Ui;
import dev.weft.runtime.ConfinedInitializer;
import dev.weft.runtime.LimitDefinition;
import io.quarkus.arc.Unremovable;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A confined group runs every call on its own long-lived platform thread, after the group's
 * initialization ran there: a runtime that refuses calls from any other thread works from many
 * sessions, from plain bean callers and from a confined fragment. Exceptions come back as thrown.
 */
class LimitedConfinedTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(
                    Interpreter.class,
                    InterpreterInit.class,
                    Scripts.class,
                    HandWrittenApp.class,
                    HandWrittenApp.Stateless.class,
                    WeftTestClient.class))
            .overrideConfigKey("quarkus.weft.sessions.start-on-page-load", "false");

    static final Set<String> THREADS = ConcurrentHashMap.newKeySet();

    @TestHTTPResource("/")
    URI base;

    @Inject
    Interpreter interpreter;

    /** Stands for an embedded runtime that must be called from the thread that started it. */
    @ApplicationScoped
    public static class Interpreter {

        private volatile Thread owner;
        private final List<String> log = new ArrayList<>();

        void start() {
            owner = Thread.currentThread();
            log.add("started on " + owner.getName());
        }

        @Limited(group = "interpreter", confined = true)
        public String eval(String script) {
            if (owner != Thread.currentThread()) {
                throw new IllegalStateException(
                        "called from " + Thread.currentThread().getName() + ", not "
                                + (owner == null ? "a started runtime" : owner.getName()));
            }
            THREADS.add(Thread.currentThread().getName());
            if (script.startsWith("raise")) {
                throw new UnsupportedOperationException(script.substring(6));
            }
            return "evaluated " + script;
        }

        List<String> log() {
            return log;
        }
    }

    /**
     * What the processor generates for a {@code @ConfinedInit} method calling {@code start()}: no bean
     * annotation, the build registers every implementor it finds.
     */
    public static class InterpreterInit implements ConfinedInitializer {
        @Override
        public String group() {
            return "interpreter";
        }

        @Override
        public Class<?> beanClass() {
            return Interpreter.class;
        }

        @Override
        public void initialize(Object bean) {
            ((Interpreter) bean).start();
        }
    }

    /** A confined fragment, and a plain fragment calling the confined bean method. */
    @Singleton
    @Unremovable
    public static class Scripts extends HandWrittenApp {

        @Inject
        Interpreter interpreter;

        public Scripts() {
            super(
                    "/scripts",
                    fragment("onTheThread", new LimitDefinition("interpreter", 1, 100, 0, Limited.Scope.SERVER, true)),
                    fragment("viaTheBean", null));
        }

        @Override
        public Object invoke(Object app, int fragment, Ui ui, Object[] inputs) {
            if (fragment == 0) {
                ui.text("fragment on " + Thread.currentThread().getName());
            } else {
                ui.text(interpreter.eval("1 + 1"));
            }
            return null;
        }
    }

    @Test
    void callsFromManySessions_allRunOnTheGroupsThread_afterItStartedThere() throws Exception {
        List<WeftTestClient> tabs = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                WeftTestClient tab = WeftTestClient.connect(base);
                tabs.add(tab);
                tab.hello("/scripts", null);
            }
            for (WeftTestClient tab : tabs) {
                JsonNode own = tab.awaitSeen(
                        m -> WeftTestClient.slot("slot", "onTheThread").test(m));
                JsonNode viaBean = tab.awaitSeen(
                        m -> WeftTestClient.slot("slot", "viaTheBean").test(m));
                assertThat(own.at("/elements/0/text").asText()).isEqualTo("fragment on weft-confined-interpreter");
                assertThat(viaBean.at("/elements/0/text").asText()).isEqualTo("evaluated 1 + 1");
            }
        } finally {
            tabs.forEach(WeftTestClient::close);
        }
        assertThat(interpreter.eval("2 + 2")).as("from a plain caller too").isEqualTo("evaluated 2 + 2");
        assertThat(THREADS).containsExactly("weft-confined-interpreter");
        assertThat(interpreter.log()).containsExactly("started on weft-confined-interpreter");
    }

    @Test
    void anExceptionOnTheThread_reachesTheCallerAsThrown() {
        assertThatThrownBy(() -> interpreter.eval("raise division by zero"))
                .isExactlyInstanceOf(UnsupportedOperationException.class)
                .hasMessage("division by zero");
        assertThat(interpreter.eval("still alive")).isEqualTo("evaluated still alive");
    }
}

package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A tab that reconnects gets its session back as it was, without rerunning anything. */
class ResumeSessionTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Notes.class, WeftTestClient.class)
                    .addClass(ResumeSessionTest.class.getPackageName() + ".ResumeSessionTest_Notes_WeftApp"));

    @TestHTTPResource("/")
    URI base;

    static final AtomicInteger INSTANCES = new AtomicInteger();

    @App(path = "/notes")
    public static class Notes {

        private final int instance = INSTANCES.incrementAndGet();

        @Fragment(parallel = true)
        void note(Ui ui) {
            ui.text("instance " + instance);
        }
    }

    @Test
    void reconnectWithSessionId_resumesWithoutRerunning() throws Exception {
        String session;
        String firstContent;
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            session = client.hello("/notes", null).get("session").asText();
            firstContent = client.await(WeftTestClient.slot("slot", "note")).toString();
            client.drop();
        }
        int instances = INSTANCES.get();
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            JsonNode welcome = client.hello("/notes", session);
            assertThat(welcome.get("resumed").asBoolean()).isTrue();
            assertThat(welcome.get("session").asText()).isEqualTo(session);
            assertThat(client.await(WeftTestClient.slot("slot", "note")).toString())
                    .isEqualTo(firstContent);
            JsonNode status = client.await(WeftTestClient.slot("status", "note"));
            assertThat(status.get("state").asText()).isEqualTo("done");
            assertThat(status.get("gen").asLong()).as("not rerun").isEqualTo(1);
        }
        assertThat(INSTANCES.get()).as("no new app instance").isEqualTo(instances);
    }

    @Test
    void unknownSessionId_startsANewSession() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            JsonNode welcome = client.hello("/notes", "0123456789abcdef0123456789abcdef");
            assertThat(welcome.get("resumed").asBoolean()).isFalse();
            assertThat(welcome.get("session").asText()).isNotEqualTo("0123456789abcdef0123456789abcdef");
        }
    }
}

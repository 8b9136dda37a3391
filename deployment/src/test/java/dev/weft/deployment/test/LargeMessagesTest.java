package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The WebSocket server's frame and message limits follow a {@code quarkus.weft.max-message-size} above 1 MiB. */
class LargeMessagesTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Notes.class, WeftTestClient.class, RawSocket.class)
                    .addClass(LargeMessagesTest.class.getPackageName() + ".LargeMessagesTest_Notes_WeftApp"))
            .overrideConfigKey("quarkus.weft.max-message-size", "2000000");

    @TestHTTPResource("/")
    URI base;

    @App(path = "/large")
    public static class Notes {

        @Fragment
        void show(Ui ui) {
            ui.text("notes");
        }
    }

    @Test
    void messageWithinWeftsLimit_isAccepted_evenInOneFrame() throws Exception {
        try (RawSocket raw = new RawSocket(base)) {
            assertThat(raw.upgrade(base.getHost() + ":" + base.getPort(), null)).isEqualTo(101);
            raw.text("{\"v\":1,\"type\":\"hello\",\"app\":\"/large\",\"session\":null}");
            raw.await("welcome");
            raw.text(ping(1_500_000));
            assertThat(raw.await("pong")).isNotNull();
        }
    }

    @Test
    void messageAboveWeftsLimit_isAnsweredTooLarge_andTheSessionGoesOn() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/large", null);
            client.send(ping(2_500_000));
            assertThat(client.await(WeftTestClient.type("error")).get("code").asText())
                    .isEqualTo("too_large");
            client.send(ping(0));
            assertThat(client.await(WeftTestClient.type("pong"))).isNotNull();
        }
    }

    private static String ping(int padding) {
        return "{\"v\":1,\"type\":\"ping\",\"pad\":\"" + "x".repeat(padding) + "\"}";
    }
}

package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every bad message gets an error reply, changes nothing, and the session goes on. */
class BadMessagesTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Counter.class, WeftTestClient.class, RawSocket.class)
                    .addClass(BadMessagesTest.class.getPackageName() + ".BadMessagesTest_Counter_WeftApp"))
            .overrideConfigKey("quarkus.weft.max-message-size", "1024");

    @TestHTTPResource("/")
    URI base;

    static final AtomicInteger RUNS = new AtomicInteger();

    @App(path = "/counter")
    public static class Counter {

        @Fragment
        void count(Ui ui) {
            ui.text("run " + RUNS.incrementAndGet());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "not json        | `{\"v\":1,`                                  | bad_json",
                "trailing text   | `{\"v\":1,\"type\":\"ping\"}}`               | bad_json",
                "an array        | `[1,2]`                                      | bad_message",
                "no version      | `{\"type\":\"ping\"}`                        | bad_version",
                "version 2       | `{\"v\":2,\"type\":\"ping\"}`                | bad_version",
                "type not text   | `{\"v\":1,\"type\":7}`                       | bad_message",
                "unknown type    | `{\"v\":1,\"type\":\"launch\"}`              | unknown_type",
                "unknown app     | `{\"v\":1,\"type\":\"hello\",\"app\":\"/nope\",\"session\":null}` | unknown_app",
                "second hello    | `{\"v\":1,\"type\":\"hello\",\"app\":\"/counter\",\"session\":null}` | bad_message",
            })
    void badMessage_isAnsweredWithAnError_andTheSessionGoesOn(String name, String message, String code)
            throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/counter", null);
            client.awaitFinished("count");
            int runs = RUNS.get();

            client.send(message);
            JsonNode error = client.await(WeftTestClient.type("error"));
            assertThat(error.get("code").asText()).isEqualTo(code);
            assertThat(error.get("message").asText()).isNotBlank();

            client.send("{\"v\":1,\"type\":\"ping\"}");
            client.await(WeftTestClient.type("pong"));
            assertThat(RUNS.get()).as("nothing reran").isEqualTo(runs);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"v\":1,\"type\":\"widget\",\"slot\":\"count\",\"id\":\"w\",\"gen\":18446744073709551616,\"value\":1}",
                "{\"v\":1,\"type\":\"widget\",\"slot\":\"count\",\"id\":\"w\",\"gen\":-18446744073709551616,\"value\":1}",
                "{\"v\":1,\"type\":\"form\",\"slot\":\"count\",\"id\":\"f\",\"gen\":36893488147419103232,"
                        + "\"submit\":\"s\",\"values\":{}}",
                "{\"v\":1,\"type\":\"table\",\"slot\":\"count\",\"table\":\"t\",\"gen\":9.223372036854775808E18,\"page\":0}",
                "{\"v\":1,\"type\":\"widget\",\"slot\":\"count\",\"id\":\"w\",\"gen\":1E-400,\"value\":1}",
            })
    void generationNotAWholeNumberInRange_isRefusedAsABadMessage(String message) throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/counter", null);
            client.send(message);
            JsonNode error = client.await(WeftTestClient.type("error"));
            assertThat(error.get("code").asText()).isEqualTo("bad_message");
            assertThat(error.get("message").asText()).contains("'gen'");
        }
    }

    @Test
    void oversizedMessage_isRefused_andTheSessionGoesOn() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/counter", null);
            client.send("{\"v\":1,\"type\":\"ping\",\"pad\":\"" + "x".repeat(2000) + "\"}");
            assertThat(client.await(WeftTestClient.type("error")).get("code").asText())
                    .isEqualTo("too_large");
            client.send("{\"v\":1,\"type\":\"ping\"}");
            assertThat(client.await(WeftTestClient.type("pong"))).isNotNull();
        }
    }

    @Test
    void singleFrameAboveVertxDefaultLimit_isAnsweredTooLarge_andTheSessionGoesOn() throws Exception {
        try (RawSocket raw = new RawSocket(base)) {
            assertThat(raw.upgrade(base.getHost() + ":" + base.getPort(), null)).isEqualTo(101);
            raw.text("{\"v\":1,\"type\":\"hello\",\"app\":\"/counter\",\"session\":null}");
            raw.await("welcome");
            // One frame of 100 kB: browsers send a message as one frame, above Vert.x's default 64 KiB.
            raw.text("{\"v\":1,\"type\":\"ping\",\"pad\":\"" + "x".repeat(100_000) + "\"}");
            assertThat(raw.await("error").get("code").asText()).isEqualTo("too_large");
            raw.text("{\"v\":1,\"type\":\"ping\"}");
            assertThat(raw.await("pong")).isNotNull();
        }
    }

    @Test
    void textFrameThatIsNotUtf8_closesWith1007_andTheSessionResumes() throws Exception {
        String session;
        try (RawSocket raw = new RawSocket(base)) {
            assertThat(raw.upgrade(base.getHost() + ":" + base.getPort(), null)).isEqualTo(101);
            raw.frame(
                    RawSocket.TEXT,
                    "{\"v\":1,\"type\":\"hello\",\"app\":\"/counter\",\"session\":null}"
                            .getBytes(StandardCharsets.UTF_8));
            session = raw.await("welcome").get("session").asText();
            byte[] prefix = "{\"v\":1,\"type\":\"ping\",\"pad\":\"".getBytes(StandardCharsets.UTF_8);
            byte[] message = Arrays.copyOf(prefix, prefix.length + 3);
            message[prefix.length] = (byte) 0xC3; // a lead byte followed by no continuation byte
            message[prefix.length + 1] = '"';
            message[prefix.length + 2] = '}';
            raw.frame(RawSocket.TEXT, message);
            assertThat(raw.awaitClose()).isEqualTo(1007);
        }
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            assertThat(client.hello("/counter", session).get("session").asText())
                    .isEqualTo(session);
        }
    }

    @Test
    void messageBeforeHello_isRefused() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.send("{\"v\":1,\"type\":\"ping\"}");
            assertThat(client.await(WeftTestClient.type("error")).get("code").asText())
                    .isEqualTo("no_session");
            assertThat(client.hello("/counter", null).get("session").asText()).hasSize(32);
        }
    }
}

package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URI;
import java.util.Iterator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Chat over a real WebSocket: a message sent through the chat input streams an answer as {@code
 * append} messages that join up; the stop control interrupts the producer and ends the stream with
 * its text kept; a stop for a stream that is not streaming and a message over the input's limit are
 * refused, and the session goes on.
 */
class ChatMessagesTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Chat.class, WeftTestClient.class)
                    .addClass(ChatMessagesTest.class.getPackageName() + ".ChatMessagesTest_Chat_WeftApp"));

    /** Set when the producer's thread was interrupted by the stop. */
    static final CountDownLatch INTERRUPTED = new CountDownLatch(1);

    @TestHTTPResource("/")
    URI base;

    @App(path = "/chat")
    public static class Chat {

        @Fragment
        void chat(Ui ui) {
            String prompt = ui.chatInput("Ask", 10);
            if (prompt != null) {
                ui.chatMessage("user").markdown(prompt);
                String answer = ui.chatMessage("assistant").writeStream(endless(prompt));
                ui.text("answer=" + answer.length());
            }
        }

        /** "prompt 0 prompt 1 …" without end, a token every 5 ms. */
        private static Iterator<String> endless(String prompt) {
            return new Iterator<>() {
                int n;

                @Override
                public boolean hasNext() {
                    return true;
                }

                @Override
                public String next() {
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        INTERRUPTED.countDown();
                        Thread.currentThread().interrupt();
                    }
                    return prompt + " " + n++ + " ";
                }
            };
        }
    }

    private static final String SEND =
            "{\"v\":1,\"type\":\"widget\",\"slot\":\"chat\",\"id\":\"chat_input:Ask:0\",\"gen\":1,\"value\":";

    @Test
    void sentMessage_streamsAppendsThatJoinUp_stopInterruptsTheProducer_textKept() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/chat", null);
            client.awaitFinished("chat");

            client.send(SEND + "\"hi\"}");
            StringBuilder text = new StringBuilder();
            JsonNode append = null;
            for (int i = 0; i < 5; i++) {
                append = client.await(WeftTestClient.type("append"));
                assertThat(append.get("id").asText()).isEqualTo("stream:0");
                assertThat(append.get("at").asInt())
                        .as("each append starts where the last ended")
                        .isEqualTo(text.length());
                text.append(append.get("text").asText());
            }
            assertThat(text.toString()).startsWith("hi 0 hi 1 ");
            long gen = append.get("gen").asLong();

            client.send("{\"v\":1,\"type\":\"stream_stop\",\"slot\":\"chat\",\"id\":\"stream:0\",\"gen\":" + gen + "}");
            assertThat(INTERRUPTED.await(10, TimeUnit.SECONDS))
                    .as("the producer was interrupted")
                    .isTrue();
            JsonNode end = client.await(
                    m -> WeftTestClient.type("append").test(m) && m.path("end").asBoolean());
            JsonNode done = client.await(WeftTestClient.slot("slot", "chat"));
            String shown = done.toString();
            assertThat(shown)
                    .contains("\"t\":\"stream\"")
                    .contains("\"done\":true")
                    .contains("\"stopped\":true");
            int length = end.get("at").asInt() + end.get("text").asText().length();
            assertThat(shown).contains("answer=" + length);

            // The same stop again: nothing is streaming; refused, and the session goes on.
            client.send("{\"v\":1,\"type\":\"stream_stop\",\"slot\":\"chat\",\"id\":\"stream:0\",\"gen\":" + gen + "}");
            JsonNode refused = client.await(WeftTestClient.type("error"));
            assertThat(refused.get("code").asText()).isEqualTo("unknown_stream");
        }
    }

    @Test
    void messageOverTheLimit_orBlank_orAStopOfAnUnknownSlot_isRefused() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/chat", null);
            client.awaitFinished("chat");

            client.send(SEND + "\"" + "x".repeat(11) + "\"}");
            JsonNode tooLong = client.await(WeftTestClient.type("error"));
            assertThat(tooLong.get("code").asText()).isEqualTo("bad_value");
            assertThat(tooLong.get("message").asText()).contains("at most 10 characters");

            client.send(SEND + "\"  \"}");
            assertThat(client.await(WeftTestClient.type("error")).get("code").asText())
                    .isEqualTo("bad_value");

            client.send("{\"v\":1,\"type\":\"stream_stop\",\"slot\":\"nope\",\"id\":\"stream:0\",\"gen\":1}");
            assertThat(client.await(WeftTestClient.type("error")).get("code").asText())
                    .isEqualTo("unknown_slot");
        }
    }
}

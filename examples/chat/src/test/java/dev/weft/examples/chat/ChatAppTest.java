package dev.weft.examples.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.testing.AppSession;
import dev.weft.testing.AppTester;
import dev.weft.testing.SlotView;
import dev.weft.testing.StreamView;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** The chat as the harness sees it: a message sent, its answer streamed, stopped, kept in the history. */
@QuarkusTest
class ChatAppTest {

    private static final String INPUT = "Ask the local generator";

    @Inject
    AppTester tester;

    @Inject
    LocalGenerator generator;

    @Test
    void messageSent_answerStreamsInFull_andBothStayInTheHistory() {
        try (AppSession session = tester.open("/").awaitIdle()) {
            SlotView chat = session.slot("chat");
            assertEquals(List.of(), chat.elements("chat_message"));

            chat.widget(INPUT).set("Tell me about rivers");
            session.awaitIdle();

            StreamView answer = chat.stream();
            assertFalse(answer.streaming());
            assertEquals(generator.fullAnswer("Tell me about rivers"), answer.text());

            chat.widget(INPUT).set("And lakes?");
            session.awaitIdle();
            // The first exchange is drawn from the history, then the new one.
            List<String> texts = chat.texts();
            assertEquals("Tell me about rivers", texts.get(1));
            assertEquals(generator.fullAnswer("Tell me about rivers"), texts.get(2));
            assertEquals("And lakes?", texts.get(3));
            assertEquals(generator.fullAnswer("And lakes?"), chat.stream().text());
            List<String> roles = chat.elements("chat_message").stream()
                    .map(message -> (String) message.get("role"))
                    .toList();
            assertEquals(List.of("user", "assistant", "user", "assistant"), roles);
        }
    }

    @Test
    void stop_cancelsTheGenerator_theTextStaysAsItWas() {
        LocalGenerator bean = ClientProxy.unwrap(generator);
        int cancelledBefore = bean.cancelled.get();
        try (AppSession session = tester.open("/").awaitIdle()) {
            SlotView chat = session.slot("chat");
            chat.widget(INPUT).set("Stop me early");
            await(() -> {
                try {
                    return chat.stream().streaming() && chat.stream().text().length() > 20;
                } catch (IllegalStateException notYet) {
                    return false;
                }
            });
            chat.stream().stop();
            session.awaitIdle();

            String full = generator.fullAnswer("Stop me early");
            String shown = chat.stream().text();
            assertTrue(shown.length() > 20 && shown.length() < full.length(), shown);
            assertTrue(full.startsWith(shown));
            assertEquals(cancelledBefore + 1, bean.cancelled.get(), "the generator's subscription was cancelled");
            Map<String, Object> element = chat.elements("stream").get(0);
            assertEquals(true, element.get("stopped"));
            // What was written is what the history keeps: drawn again on the next run.
            chat.widget(INPUT).set("Next");
            session.awaitIdle();
            assertEquals(shown, chat.texts().get(2));
        }
    }

    @Test
    void untrustedMessages_refused_nothingChanges() {
        try (AppSession session = tester.open("/").awaitIdle()) {
            SlotView chat = session.slot("chat");
            int runs = chat.runs();

            // A stop for a stream that is not streaming.
            assertThrows(IllegalStateException.class, () -> chat.stream().stop());
            // A message over the input's limit, and a blank one.
            IllegalArgumentException tooLong = assertThrows(
                    IllegalArgumentException.class, () -> chat.widget(INPUT).set("x".repeat(2_001)));
            assertTrue(tooLong.getMessage().contains("at most 2000 characters"), tooLong.getMessage());
            assertThrows(
                    IllegalArgumentException.class, () -> chat.widget(INPUT).set("   "));
            session.awaitIdle();
            assertEquals(runs, chat.runs());
            assertEquals(List.of(), chat.elements("chat_message"));

            // A message on a disabled input.
            session.slot("settings").widget("Pause the chat").set(true);
            session.awaitIdle();
            int pausedRuns = chat.runs();
            IllegalArgumentException disabled = assertThrows(
                    IllegalArgumentException.class, () -> chat.widget(INPUT).set("hello"));
            assertTrue(disabled.getMessage().contains("disabled"), disabled.getMessage());
            session.awaitIdle();
            assertEquals(pausedRuns, chat.runs());
            assertEquals(List.of(), chat.elements("chat_message"));
        }
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}

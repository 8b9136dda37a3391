package dev.weft;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The messages of a chat, kept in the session: make it a field of the {@code @App} class (its
 * fields are the session's state), add each message as it is sent or answered, and draw them all
 * at the top of the chat fragment.
 *
 * <pre>{@code
 * final ChatHistory history = new ChatHistory();
 *
 * @Fragment
 * void chat(Ui ui) {
 *     history.show(ui);
 *     String prompt = ui.chatInput("Ask something");
 *     if (prompt != null) {
 *         history.user(prompt);
 *         ui.chatMessage("user").markdown(prompt);
 *         history.assistant(ui.chatMessage("assistant").writeStream(model.chat(prompt)));
 *     }
 * }
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class ChatHistory {

    /** One message: who sent it ({@code user}, {@code assistant}, …) and its Markdown text. */
    public record Message(String role, String text) {
        public Message {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(text, "text");
        }
    }

    private final List<Message> messages = new ArrayList<>();

    /** Adds a message of {@code role}. */
    public synchronized void add(String role, String text) {
        messages.add(new Message(role, text));
    }

    /** Adds a message of the user. */
    public void user(String text) {
        add("user", text);
    }

    /** Adds a message of the assistant. */
    public void assistant(String text) {
        add("assistant", text);
    }

    /** The messages so far, oldest first. */
    public synchronized List<Message> messages() {
        return List.copyOf(messages);
    }

    /** How many messages there are. */
    public synchronized int size() {
        return messages.size();
    }

    /** Forgets every message. */
    public synchronized void clear() {
        messages.clear();
    }

    /** Draws every message, oldest first, each as a {@link Ui#chatMessage(String) chat message} of its role. */
    public void show(Ui ui) {
        for (Message message : messages()) {
            ui.chatMessage(message.role()).markdown(message.text());
        }
    }
}

package dev.weft.runtime.ui;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.runtime.streams.RunStreams;
import dev.weft.runtime.streams.TextStream;
import java.util.List;
import java.util.function.Consumer;

/**
 * The chat elements of {@link dev.weft.Ui}: chat messages (containers with a role and an avatar) and
 * streamed text. The chat input is a widget ({@link WidgetDrawing#chatInput}).
 */
final class Chat {

    /** The longest role name. */
    static final int MAX_ROLE = 40;

    /** The longest avatar: an emoji (some are several code points) or two letters. */
    static final int MAX_AVATAR = 16;

    private Chat() {}

    /** The head of a chat message of {@code role}; {@code avatar} null for the role's own. */
    static ObjectNode message(String role, String avatar) {
        if (role == null || role.isBlank() || role.length() > MAX_ROLE) {
            throw new IllegalArgumentException("A chat message's role must be a name of 1 to " + MAX_ROLE
                    + " characters, such as user or assistant.");
        }
        ObjectNode head = Canvas.element("chat_message").put("role", role.strip());
        if (avatar != null) {
            if (avatar.isBlank() || avatar.length() > MAX_AVATAR) {
                throw new IllegalArgumentException(
                        "A chat message's avatar must be an emoji or up to two characters, not '" + avatar + "'.");
            }
            head.put("avatar", avatar.strip());
        }
        return head;
    }

    /** Draws a chat message at the end of {@code block}; returns the container to draw its content into. */
    static Block drawMessage(Canvas canvas, Block block, String role, String avatar) {
        return canvas.container(block, message(role, avatar), List.of(), false).get(0);
    }

    /**
     * Draws a streamed text at the end of {@code block} and reads the producer into it with {@code
     * read}; returns the text once the producer has ended or been stopped. While it grows, its element
     * on the canvas is updated quietly (the browser gets appends, not the element); its last version,
     * marked done, is drawn as any change is.
     */
    static String stream(Canvas canvas, Block block, RunAssets assets, Consumer<TextStream> read) {
        RunStreams streams = assets.streams();
        String id = streams.nextId();
        ElementHandle handle = canvas.add(block, element(id, "", false, false));
        TextStream stream =
                streams.stream(id, text -> canvas.replaceQuietly(handle, element(id, text, false, false)), read);
        String text = stream.text();
        handle.replace(element(id, text, true, stream.stopped()));
        return text;
    }

    private static ObjectNode element(String id, String text, boolean done, boolean stopped) {
        ObjectNode element =
                Canvas.element("stream").put("id", id).put("text", text).put("done", done);
        return stopped ? element.put("stopped", true) : element;
    }
}

package dev.weft.examples.chat;

import dev.weft.App;
import dev.weft.Area;
import dev.weft.ChatHistory;
import dev.weft.Fragment;
import dev.weft.Ui;
import jakarta.inject.Inject;

/**
 * A chat over a deterministic local text generator (no model is shipped): the history is a field
 * of the app, so each tab keeps its own; the answer streams in as it is produced and can be stopped.
 */
@App(title = "Chat", path = "/")
public class ChatApp {

    @Inject
    LocalGenerator generator;

    /** This tab's conversation: a field of the app is session state. */
    final ChatHistory history = new ChatHistory();

    /** What the sidebar sets: whether the chat input is disabled. */
    public record Settings(boolean paused) {}

    @Fragment(area = Area.SIDEBAR)
    Settings settings(Ui ui) {
        ui.header("Chat");
        ui.info("Answers come from a **deterministic local text generator**, not a model. "
                + "See the README to plug in Quarkus LangChain4j.");
        return new Settings(ui.toggle("Pause the chat", false));
    }

    @Fragment
    void chat(Ui ui, Settings settings) {
        boolean paused = settings.paused();
        ui.caption("Local generator · not a model");
        history.show(ui);
        String prompt = (paused ? ui.disabled() : ui).chatInput("Ask the local generator");
        if (prompt != null) {
            history.user(prompt);
            ui.chatMessage("user").markdown(prompt);
            String answer = ui.chatMessage("assistant").writeStream(generator.answer(prompt));
            history.assistant(answer);
        }
    }
}

package dev.weft.examples.chat;

import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A deterministic local text generator, not a model: it answers every prompt with Markdown made from
 * the prompt's own words, one token at a time, as a {@code Multi<String>}, which is exactly what a
 * Quarkus LangChain4j streaming AI service returns. Swap this bean for one and nothing else changes.
 */
@ApplicationScoped
public class LocalGenerator {

    private static final String[] FILLER = {
        "streams",
        "each",
        "token",
        "as",
        "it",
        "is",
        "produced,",
        "and",
        "the",
        "page",
        "renders",
        "the",
        "Markdown",
        "while",
        "it",
        "grows;",
        "a",
        "stop",
        "cancels",
        "the",
        "producer",
        "at",
        "once."
    };

    @ConfigProperty(name = "chat.token-delay", defaultValue = "35ms")
    Duration tokenDelay;

    @ConfigProperty(name = "chat.answer-words", defaultValue = "140")
    int answerWords;

    /** How many answers were cancelled before their end (a stop, a newer message, a closed tab). */
    final AtomicInteger cancelled = new AtomicInteger();

    /** The answer to {@code prompt}, one token (a word and its space, or a line break) at a time. */
    public Multi<String> answer(String prompt) {
        List<String> tokens = tokens(prompt);
        if (tokenDelay.isZero()) {
            return Multi.createFrom().iterable(tokens).onCancellation().invoke(cancelled::incrementAndGet);
        }
        return Multi.createFrom()
                .ticks()
                .every(tokenDelay)
                .select()
                .first(tokens.size())
                .map(tick -> tokens.get(tick.intValue()))
                .onCancellation()
                .invoke(cancelled::incrementAndGet);
    }

    /** The whole answer to {@code prompt} (a prompt that says "code" gets a code block too), as the stream writes it when nobody stops it. */
    public String fullAnswer(String prompt) {
        return String.join("", tokens(prompt));
    }

    List<String> tokens(String prompt) {
        String[] words = prompt.strip().split("\\s+");
        List<String> tokens = new ArrayList<>();
        tokens.add("### ");
        tokens.add("About ");
        tokens.add("*" + words[0].replaceAll("[*_`#\\[\\]]", "") + "*\n\n");
        boolean code = prompt.toLowerCase(Locale.ROOT).matches("(?s).*\\bcode\\b.*");
        int sentence = 0;
        for (int i = 0; i < answerWords; i++) {
            if (code && i == 20) {
                tokens.add("\n\n```java\n");
                tokens.add("String about = \"" + words[0].replaceAll("[^\\p{L}\\p{N} ]", "") + "\";\n");
                tokens.add("\n");
                tokens.add("System.out.println(about);\n");
                tokens.add("```\n\n");
            }
            if (i > 0 && i % 35 == 0) {
                tokens.add("\n\n- ");
                sentence++;
            }
            String word = i % 7 == 3 ? words[(i / 7) % words.length] : FILLER[(i + sentence) % FILLER.length];
            tokens.add(i % 11 == 5 ? "**" + word + "** " : word + " ");
        }
        tokens.add("\n\n`done`");
        return tokens;
    }
}

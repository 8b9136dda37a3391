package dev.weft.deployment.test;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** What the upload tests share: a directory of their own, a real PNG, setting an uploader's value. */
final class UploadTests {

    /** The smallest PNG image: one transparent pixel. */
    static final byte[] PNG = HexFormat.of()
            .parseHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    + "1f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4cf0000000049454e44ae426082");

    private UploadTests() {}

    /**
     * A directory for one test class's uploads, the same in the test's class loader and the
     * application's (a QuarkusUnitTest loads the test class twice): named by the JVM's process id.
     */
    static Path directory(String prefix) {
        try {
            return Files.createDirectories(Path.of(
                    System.getProperty("java.io.tmpdir"),
                    prefix + "-" + ProcessHandle.current().pid()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A {@code widget} message setting an uploader of slot {@code files} to {@code ids} (a JSON array). */
    static String value(String uploader, String ids, long gen) {
        return "{\"v\":1,\"type\":\"widget\",\"slot\":\"files\",\"id\":\"" + uploader + "\",\"gen\":" + gen
                + ",\"value\":" + ids + "}";
    }

    /** Sets the uploader to the one file {@code id} (or none, for null) and returns the rerun's content {@code gen}. */
    static JsonNode apply(WeftTestClient client, String uploader, JsonNode id, long gen) throws InterruptedException {
        client.send(value(uploader, id == null ? "[]" : "[\"" + id.asText() + "\"]", gen - 1));
        return client.await(m ->
                WeftTestClient.slot("slot", "files").test(m) && m.get("gen").asLong() == gen);
    }

    /** The text elements of a slot message. */
    static List<String> texts(JsonNode slot) {
        List<String> texts = new ArrayList<>();
        slot.get("elements").forEach(element -> {
            if ("text".equals(element.path("t").asText())) {
                texts.add(element.get("text").asText());
            }
        });
        return texts;
    }
}

package dev.weft.deployment.test;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/** Posts files to Weft's upload endpoint over real HTTP, as the browser client does. */
final class UploadClient {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private UploadClient() {}

    /** An answer: its status and JSON body. */
    record Answer(int status, JsonNode body) {}

    /** The upload url of the widget {@code id} in a {@code slot} message. */
    static String url(JsonNode slot, String id) {
        for (JsonNode element : slot.findParents("id")) {
            if (id.equals(element.path("id").asText()) && element.has("url")) {
                return element.get("url").asText();
            }
        }
        throw new AssertionError("No uploader " + id + " in " + slot);
    }

    /** Posts {@code content} as a file named {@code name} of {@code type}, with its length. */
    static Answer post(URI base, String url, String name, String type, byte[] content) throws Exception {
        return send(base, url, name, type, HttpRequest.BodyPublishers.ofByteArray(content), null, "POST");
    }

    /** Posts {@code content} without a length (chunked), as a client that streams a file of unknown size. */
    static Answer postChunked(URI base, String url, String name, String type, byte[] content) throws Exception {
        return send(
                base,
                url,
                name,
                type,
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(content)),
                null,
                "POST");
    }

    static Answer send(
            URI base,
            String url,
            String name,
            String type,
            HttpRequest.BodyPublisher body,
            String origin,
            String method)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(url))
                .timeout(Duration.ofSeconds(20))
                .method(method, body);
        if (name != null) {
            request.header(
                    "X-Weft-File-Name",
                    URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        if (type != null) {
            request.header("Content-Type", type);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            return new Answer(response.statusCode(), text.isEmpty() ? null : WeftTestClient.JSON.readTree(text));
        } catch (IOException closedEarly) {
            // The server answered and closed before the client had sent its whole body: HTTP/1.1 allows
            // that, and Java's client may then report the closed connection instead of the answer.
            return new Answer(-1, null);
        }
    }

    /** The files in a directory now. */
    static long files(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.count();
        }
    }

    /** Waits until the directory holds {@code count} files (deletes may finish a moment after the answer). */
    static void awaitFiles(Path directory, long count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (files(directory) != count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(
                        "Expected " + count + " files in " + directory + ", found " + files(directory));
            }
            Thread.sleep(20);
        }
    }
}

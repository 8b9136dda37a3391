package dev.weft.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/configuration.md} is the configuration reference generated from what Quarkus's extension
 * annotation processor wrote for {@link WeftConfig} ({@code target/quarkus-config-doc/}): every
 * {@code quarkus.weft.*} property with its Javadoc, type and default. A setting added, removed or
 * reworded without the page following fails here; {@code -Dweft.updateDocs=true} rewrites the page.
 */
class ConfigurationReferenceTest {

    private static final Path MODEL = Path.of("target", "quarkus-config-doc", "quarkus-config-model.yaml");
    private static final Path JAVADOC = Path.of("target", "quarkus-config-doc", "quarkus-config-javadoc.yaml");
    private static final Path PAGE = Path.of("..", "docs", "configuration.md");

    @Test
    void theReferencePage_isWhatTheBuildGenerates() throws IOException {
        String generated = render();

        if (Boolean.getBoolean("weft.updateDocs")) {
            Files.writeString(PAGE, generated);
        }
        assertThat(Files.readString(PAGE))
                .as("docs/configuration.md is out of date: run the runtime's tests with -Dweft.updateDocs=true")
                .isEqualTo(generated);
    }

    @Test
    void everySetting_hasItsJavadocInTheReference() throws IOException {
        JsonNode javadoc = yaml(JAVADOC).get("elements");
        for (JsonNode item : yaml(MODEL).get("configRoots").get(0).get("items")) {
            String key = item.get("sourceType").asText() + "."
                    + item.get("sourceElementName").asText();
            assertThat(javadoc.has(key)).as("Javadoc of %s", key).isTrue();
        }
    }

    private static String render() throws IOException {
        JsonNode root = yaml(MODEL).get("configRoots").get(0);
        JsonNode javadoc = yaml(JAVADOC).get("elements");
        StringBuilder page = new StringBuilder();
        page.append("# Configuration reference\n\n")
                .append(
                        "<!-- Generated from the configuration model that Quarkus's extension annotation processor writes\n")
                .append(
                        "     for Weft's runtime (runtime/target/quarkus-config-doc/). Do not edit: change the Javadoc of\n")
                .append(
                        "     WeftConfig and run `./mvnw -pl runtime test -Dtest=ConfigurationReferenceTest -Dweft.updateDocs=true`.\n")
                .append("     ConfigurationReferenceTest fails when this page and the settings drift apart. -->\n\n")
                .append("Every setting of Weft, read at run time (set them in `application.properties`, as system\n")
                .append("properties or as environment variables). Before this release they were named `weft.*`\n")
                .append("(`weft.sessions.max` is now `quarkus.weft.sessions.max`); the old names still work for now,\n")
                .append("with a warning at start-up that names the new name.\n\n")
                .append("| property | type | default | environment variable |\n")
                .append("| --- | --- | --- | --- |\n");
        for (JsonNode item : root.get("items")) {
            String name = item.get("path").get("property").asText();
            page.append("| [`")
                    .append(name)
                    .append("`](#")
                    .append(anchor(name))
                    .append(") | ")
                    .append(type(item))
                    .append(" | ")
                    .append(
                            item.has("defaultValue")
                                    ? "`" + item.get("defaultValue").asText() + "`"
                                    : "")
                    .append(" | `")
                    .append(item.get("path").get("environmentVariable").asText())
                    .append("` |\n");
        }
        for (JsonNode item : root.get("items")) {
            String name = item.get("path").get("property").asText();
            String key = item.get("sourceType").asText() + "."
                    + item.get("sourceElementName").asText();
            page.append("\n## `")
                    .append(name)
                    .append("`\n\n")
                    .append(markdown(javadoc.get(key).get("description").asText()))
                    .append("\n\n")
                    .append("Type: ")
                    .append(type(item));
            if (item.has("defaultValue")) {
                page.append(". Default: `")
                        .append(item.get("defaultValue").asText())
                        .append("`");
            }
            page.append(".\n");
        }
        return page.toString();
    }

    private static String type(JsonNode item) {
        String type;
        if (item.has("enumAcceptedValues")) {
            StringBuilder values = new StringBuilder();
            Iterator<Map.Entry<String, JsonNode>> fields =
                    item.get("enumAcceptedValues").get("values").fields();
            while (fields.hasNext()) {
                values.append(values.isEmpty() ? "" : ", ")
                        .append('`')
                        .append(fields.next().getValue().get("configValue").asText())
                        .append('`');
            }
            type = "one of " + values;
        } else {
            type = item.get("typeDescription").asText();
        }
        if (item.path("list").asBoolean()) {
            type = "list of " + type;
        }
        return type;
    }

    private static String anchor(String name) {
        return name.replaceAll("[^a-z0-9-]", "");
    }

    private static final Pattern TAG =
            Pattern.compile("\\{@(?:code|link|linkplain|value) ([^{}]*(?:\\{[^{}]*\\}[^{}]*)*)\\}");

    /** The Javadoc's {@code {@code}}, {@code {@link}} and paragraphs as Markdown. */
    static String markdown(String javadoc) {
        Matcher tags = TAG.matcher(javadoc);
        StringBuilder text = new StringBuilder();
        while (tags.find()) {
            String inner = tags.group(1).trim();
            if (inner.startsWith("#")) {
                inner = inner.substring(1).replace("()", "");
                inner = inner.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
            }
            tags.appendReplacement(text, Matcher.quoteReplacement("`" + inner + "`"));
        }
        tags.appendTail(text);
        return text.toString()
                .replaceAll("\\s*<p>\\s*", "\n\n")
                .replaceAll("(?<!\n)\n(?!\n)", " ")
                .replaceAll(" {2,}", " ")
                .trim();
    }

    private static JsonNode yaml(Path file) throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    }
}

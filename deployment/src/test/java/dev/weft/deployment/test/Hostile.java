package dev.weft.deployment.test;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Messages no browser page of the {@code ProtocolFuzzTest} app would send, each one wrong in at
 * least one way the server must refuse: random JSON, valid-looking messages with a field of the
 * wrong type or out of range, unknown slots and widgets, widget values the widget cannot take, deep
 * nesting, and messages over the size limit.
 */
final class Hostile {

    private static final String[] TYPES = {"hello", "ping", "widget", "table", "form", "launch", "", "WIDGET"};
    private static final String[] FIELDS = {"v", "type", "slot", "id", "gen", "value", "page", "values", "submit"};

    private final Random random;
    private final int maxMessageSize;

    Hostile(Random random, int maxMessageSize) {
        this.random = random;
        this.maxMessageSize = maxMessageSize;
    }

    /** One hostile message. */
    String message() {
        return switch (random.nextInt(10)) {
            case 0 -> randomJson(0);
            case 1 -> garbage();
            case 2 -> wrongTypes();
            case 3, 4 -> badWidgetValue();
            case 5 -> unknownTarget();
            case 6 -> deepNesting();
            case 7 -> oversize();
            case 8 -> badNumbers();
            default -> mutated();
        };
    }

    /** The bytes of a text frame that is not UTF-8. */
    byte[] notUtf8() {
        byte[] prefix = "{\"v\":1,\"type\":\"ping\",\"x\":\"".getBytes(StandardCharsets.UTF_8);
        byte[][] bad = {
            {(byte) 0xC3},
            {(byte) 0xFF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0x80}
        };
        byte[] wrong = bad[random.nextInt(bad.length)];
        byte[] message = new byte[prefix.length + wrong.length + 2];
        System.arraycopy(prefix, 0, message, 0, prefix.length);
        System.arraycopy(wrong, 0, message, prefix.length, wrong.length);
        message[message.length - 2] = '"';
        message[message.length - 1] = '}';
        return message;
    }

    private String randomJson(int depth) {
        int kind = depth > 4 ? random.nextInt(5) : random.nextInt(7);
        return switch (kind) {
            case 0 -> "null";
            case 1 -> Boolean.toString(random.nextBoolean());
            case 2 -> number();
            case 3 -> quoted(text());
            case 4 -> "[]";
            case 5 -> {
                StringBuilder array = new StringBuilder("[");
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.append(randomJson(depth + 1)).append(i > 1 ? "," : "");
                }
                yield array.append(']').toString();
            }
            default -> {
                StringBuilder object = new StringBuilder("{");
                for (int i = random.nextInt(5); i > 0; i--) {
                    object.append(quoted(random.nextBoolean() ? FIELDS[random.nextInt(FIELDS.length)] : text()))
                            .append(':')
                            .append(randomJson(depth + 1))
                            .append(i > 1 ? "," : "");
                }
                yield object.append('}').toString();
            }
        };
    }

    /** Not JSON at all, or JSON cut short. */
    private String garbage() {
        String valid =
                "{\"v\":1,\"type\":\"widget\",\"slot\":\"form\",\"id\":\"slider:Year:0\",\"gen\":1,\"value\":2020}";
        return switch (random.nextInt(4)) {
            case 0 -> valid.substring(0, random.nextInt(valid.length() - 1));
            case 1 -> text() + valid;
            case 2 -> valid + "}";
            default -> "{\"v\":1,\"type\":\"ping\",\"x\":\"\\u" + Integer.toHexString(random.nextInt(0x1000)) + "z\"}";
        };
    }

    /** A message with every field there but one of the wrong type. */
    private String wrongTypes() {
        String[] fields = {
            "\"v\":1",
            "\"type\":\"widget\"",
            "\"slot\":\"form\"",
            "\"id\":\"checkbox:Forecast:0\"",
            "\"gen\":1",
            "\"value\":true"
        };
        int wrong = random.nextInt(fields.length - 1); // the value's own type is checked by badWidgetValue
        String name = fields[wrong].substring(0, fields[wrong].indexOf(':'));
        String[] replacements = {"null", "[]", "{}", "\"1\"", "1.5", "-1", "true", "[\"form\"]"};
        String replacement = replacements[random.nextInt(replacements.length)];
        fields[wrong] = name + ":" + replacement;
        return "{" + String.join(",", fields) + "}";
    }

    /** A value each widget must refuse. */
    private String badWidgetValue() {
        String[] year = {
            "2030",
            "2014",
            "2020.5",
            "\"2020\"",
            "true",
            "null",
            "[2020]",
            "{\"y\":2020}",
            "1e400",
            "-9223372036854775809",
            "18446744073709551616",
            "2.0e3",
            "NaN"
        };
        String[] checkbox = {"1", "0", "\"true\"", "null", "[]", "{}", "1e400"};
        String[] name = {"\"abcdef\"", "\"" + "x".repeat(100) + "\"", "42", "null", "[\"a\"]", "{}", "false"};
        String[] button = {"false", "1", "\"true\"", "null", "[true]", "{}"};
        return switch (random.nextInt(4)) {
            case 0 -> widget("slider:Year:0", year[random.nextInt(year.length)]);
            case 1 -> widget("checkbox:Forecast:0", checkbox[random.nextInt(checkbox.length)]);
            case 2 -> widget("text_input:Name:0", name[random.nextInt(name.length)]);
            default -> widget("key:go", button[random.nextInt(button.length)]);
        };
    }

    /** Unknown slots, widgets, tables, forms, apps and message types. */
    private String unknownTarget() {
        return switch (random.nextInt(6)) {
            case 0 ->
                "{\"v\":1,\"type\":\"widget\",\"slot\":" + quoted(text())
                        + ",\"id\":\"slider:Year:0\",\"gen\":1,\"value\":2020}";
            case 1 -> widget(random.nextBoolean() ? text() : "slider:Year:" + (1 + random.nextInt(9)), "2020");
            case 2 ->
                "{\"v\":1,\"type\":\"table\",\"slot\":\"form\",\"table\":" + quoted(text()) + ",\"gen\":1,\"page\":0}";
            case 3 ->
                "{\"v\":1,\"type\":\"form\",\"slot\":\"form\",\"id\":" + quoted(text())
                        + ",\"gen\":1,\"submit\":\"s\",\"values\":{}}";
            case 4 -> "{\"v\":1,\"type\":\"hello\",\"app\":" + quoted(text()) + ",\"session\":null}";
            default -> "{\"v\":1,\"type\":" + quoted(TYPES[5 + random.nextInt(3)] + text()) + "}";
        };
    }

    /** Arrays or objects nested far deeper than any message. */
    private String deepNesting() {
        int depth = 100 + random.nextInt(1900);
        boolean arrays = random.nextBoolean();
        String inner =
                arrays ? "[".repeat(depth) + "]".repeat(depth) : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
        return switch (random.nextInt(3)) {
            case 0 -> inner;
            case 1 -> widget("slider:Year:0", inner);
            default ->
                "{\"v\":1,\"type\":\"form\",\"slot\":\"form\",\"id\":\"f\",\"gen\":1,\"submit\":\"s\",\"values\":"
                        + (arrays ? "{\"x\":" + inner + "}" : inner) + "}";
        };
    }

    /** A message over the limit, in ASCII or in multi-byte characters. */
    private String oversize() {
        String pad = random.nextBoolean() ? "x" : "\u00e9";
        int chars = pad.equals("x") ? maxMessageSize + random.nextInt(maxMessageSize) : maxMessageSize / 2 + 1;
        return "{\"v\":1,\"type\":\"ping\",\"pad\":\"" + pad.repeat(chars) + "\"}";
    }

    /** Versions, generations and pages that are out of range or not whole numbers. */
    private String badNumbers() {
        String[] numbers = {
            "-1",
            "1.5",
            "1e400",
            "-1e400",
            "18446744073709551616",
            "-18446744073709551616",
            "36893488147419103232",
            "9223372036854775808",
            "9.3e18",
            "\"1\"",
            "null",
            "1E-400"
        };
        String n = numbers[random.nextInt(numbers.length)];
        return switch (random.nextInt(4)) {
            case 0 -> "{\"v\":" + n + ",\"type\":\"ping\"}";
            case 1 ->
                "{\"v\":1,\"type\":\"widget\",\"slot\":\"form\",\"id\":\"slider:Year:0\",\"gen\":" + n
                        + ",\"value\":2020}";
            case 2 -> "{\"v\":1,\"type\":\"table\",\"slot\":\"form\",\"table\":\"t\",\"gen\":1,\"page\":" + n + "}";
            default -> "{\"v\":1,\"type\":\"table\",\"slot\":\"form\",\"table\":\"t\",\"gen\":" + n + ",\"page\":0}";
        };
    }

    /** A good widget message with one random character changed, dropped or doubled; if it is still good, a bad one. */
    private String mutated() {
        String good = widget("slider:Year:0", "2020");
        StringBuilder text = new StringBuilder(good);
        int at = 1 + random.nextInt(text.length() - 2);
        switch (random.nextInt(3)) {
            case 0 -> text.setCharAt(at, (char) (32 + random.nextInt(95)));
            case 1 -> text.deleteCharAt(at);
            default -> text.insert(at, text.charAt(at));
        }
        String result = text.toString();
        return harmless(result) ? widget("slider:Year:0", "2030") : result;
    }

    /** Whether a mutation left a message the server could accept (a changed digit of the value, say). */
    private static boolean harmless(String message) {
        try {
            JsonNode node = WeftTestClient.JSON.readTree(message);
            return node != null
                    && node.path("v").isInt()
                    && node.path("v").intValue() == 1
                    && node.path("type").asText().equals("widget")
                    && node.path("slot").asText().equals("form")
                    && node.path("id").asText().equals("slider:Year:0")
                    && node.path("value").isNumber();
        } catch (Exception e) {
            return false;
        }
    }

    private String widget(String id, String value) {
        return "{\"v\":1,\"type\":\"widget\",\"slot\":\"form\",\"id\":" + quoted(id) + ",\"gen\":1,\"value\":" + value
                + "}";
    }

    private String number() {
        return switch (random.nextInt(5)) {
            case 0 -> Integer.toString(random.nextInt());
            case 1 -> Double.toString(random.nextGaussian() * 1e6);
            case 2 -> "1e" + random.nextInt(1000);
            case 3 -> "-" + "9".repeat(1 + random.nextInt(60));
            default -> Long.toString(random.nextLong());
        };
    }

    private String text() {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(12); i >= 0; i--) {
            int kind = random.nextInt(10);
            text.append(
                    kind < 6
                            ? (char) ('a' + random.nextInt(26))
                            : kind < 8 ? (char) (0x80 + random.nextInt(0x7000)) : kind < 9 ? ':' : '_');
        }
        return text.toString();
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}

package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;

/**
 * A plain TCP connection to the test server that speaks just enough HTTP/1.1 and WebSocket to send
 * what a browser never would: any {@code Host} header, headers one at a time, text frames that are
 * not UTF-8.
 */
final class RawSocket implements AutoCloseable {

    static final int TEXT = 0x1;
    static final int CLOSE = 0x8;
    static final int PING = 0x9;
    static final int PONG = 0xA;

    private final Socket socket;
    private final OutputStream out;
    private final DataInputStream in;
    private final Random masks = new Random(7);

    RawSocket(URI base) throws IOException {
        socket = new Socket(base.getHost(), base.getPort());
        socket.setSoTimeout(20_000);
        out = socket.getOutputStream();
        in = new DataInputStream(socket.getInputStream());
    }

    /** Sends raw bytes of an HTTP request (or part of one). */
    void write(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Reads a response's status line and headers; returns them, or null if the server closed first. */
    String readHead() throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                return head.isEmpty() ? null : head.toString();
            }
            head.append((char) b);
        }
        return head.toString();
    }

    /** A GET of {@code path} with the given {@code Host} header; returns the response's status code. */
    static int get(URI base, String path, String host) throws IOException {
        try (RawSocket raw = new RawSocket(base)) {
            raw.write("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
            return status(raw.readHead());
        }
    }

    /**
     * Opens a WebSocket to Weft's endpoint with the given Host and Origin (null: none), as the test
     * browser of {@link WeftTestClient}; returns the status.
     */
    int upgrade(String host, String origin) throws IOException {
        byte[] nonce = new byte[16];
        masks.nextBytes(nonce);
        write("GET /_weft/ws HTTP/1.1\r\nHost: " + host + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString(nonce) + "\r\n"
                + "Sec-WebSocket-Version: 13\r\n"
                + "Cookie: " + WeftTestClient.cookie(WeftTestClient.BROWSER) + "\r\n"
                + (origin == null ? "" : "Origin: " + origin + "\r\n")
                + "\r\n");
        return status(readHead());
    }

    static int status(String head) {
        if (head == null) {
            return -1;
        }
        return Integer.parseInt(head.split(" ", 3)[1]);
    }

    /** Sends one masked frame, as a client must. */
    void frame(int opcode, byte[] payload) throws IOException {
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write(0x80 | opcode);
        if (payload.length < 126) {
            frame.write(0x80 | payload.length);
        } else if (payload.length < 65536) {
            frame.write(0x80 | 126);
            frame.write(payload.length >>> 8);
            frame.write(payload.length);
        } else {
            frame.write(0x80 | 127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                frame.write((int) ((long) payload.length >>> shift));
            }
        }
        byte[] mask = new byte[4];
        masks.nextBytes(mask);
        frame.write(mask);
        for (int i = 0; i < payload.length; i++) {
            frame.write(payload[i] ^ mask[i % 4]);
        }
        out.write(frame.toByteArray());
        out.flush();
    }

    /** Sends a message as one text frame, however large. */
    void text(String message) throws IOException {
        frame(TEXT, message.getBytes(StandardCharsets.UTF_8));
    }

    /** The next Weft message of {@code type}, skipping others; fails if the connection closes first. */
    JsonNode await(String type) throws IOException {
        while (true) {
            Frame frame = readFrame();
            assertThat(frame).as("the connection is open").isNotNull();
            assertThat(frame.opcode()).as("the connection is not closed").isNotEqualTo(CLOSE);
            if (frame.opcode() == TEXT) {
                JsonNode message = WeftTestClient.JSON.readTree(frame.text());
                if (message.path("type").asText().equals(type)) {
                    return message;
                }
            }
        }
    }

    /** One frame from the server: its opcode and payload. */
    record Frame(int opcode, byte[] payload) {

        /** A close frame's status code. */
        int closeCode() {
            return payload.length < 2 ? -1 : ((payload[0] & 0xff) << 8) | (payload[1] & 0xff);
        }

        String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }
    }

    /** The next frame from the server, or null when the connection ended. */
    Frame readFrame() throws IOException {
        int first = in.read();
        if (first < 0) {
            return null;
        }
        int second = in.readUnsignedByte();
        long length = second & 0x7f;
        if (length == 126) {
            length = in.readUnsignedShort();
        } else if (length == 127) {
            length = in.readLong();
        }
        byte[] payload = new byte[(int) length];
        in.readFully(payload);
        return new Frame(first & 0x0f, payload);
    }

    /** Reads frames until a close frame (answering pings), returning its code; -1 if the connection just ended. */
    int awaitClose() throws IOException {
        while (true) {
            Frame frame;
            try {
                frame = readFrame();
            } catch (IOException e) {
                return -1;
            }
            if (frame == null) {
                return -1;
            }
            if (frame.opcode() == CLOSE) {
                return frame.closeCode();
            }
        }
    }

    /** Whether the server ends the connection (rather than sending more) while this waits. */
    boolean serverClosed() throws IOException {
        try {
            InputStream stream = socket.getInputStream();
            return stream.read() < 0;
        } catch (java.net.SocketException e) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

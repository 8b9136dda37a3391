package dev.weft.runtime.web;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * An HTTP response body written from a worker thread, chunk by chunk, waiting while the client has not
 * read what was written (so that a large download never sits in memory). The status and headers go
 * with the first chunk, so a failure before it still gets a proper error response.
 */
final class ResponseStream extends OutputStream {

    private static final int CHUNK = 64 * 1024;
    private static final long STALL_SECONDS = 60;

    private final HttpServerResponse response;
    private final byte[] buffer = new byte[CHUNK];
    private int used;
    private boolean started;
    private boolean done;

    ResponseStream(HttpServerResponse response) {
        this.response = response;
    }

    @Override
    public void write(int b) throws IOException {
        if (used == buffer.length) {
            send();
        }
        buffer[used++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int off, int len) throws IOException {
        while (len > 0) {
            if (used == buffer.length) {
                send();
            }
            int n = Math.min(len, buffer.length - used);
            System.arraycopy(bytes, off, buffer, used, n);
            used += n;
            off += n;
            len -= n;
        }
    }

    private void send() throws IOException {
        if (response.closed()) {
            throw new IOException("The browser closed the download.");
        }
        if (!started) {
            started = true;
            response.setChunked(true);
        }
        while (response.writeQueueFull()) {
            CountDownLatch drained = new CountDownLatch(1);
            response.drainHandler(ignored -> drained.countDown());
            if (!response.writeQueueFull()) {
                break;
            }
            try {
                if (!drained.await(STALL_SECONDS, TimeUnit.SECONDS)) {
                    throw new IOException("The browser stopped reading the download.");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted", e);
            }
            if (response.closed()) {
                throw new IOException("The browser closed the download.");
            }
        }
        response.write(Buffer.buffer(java.util.Arrays.copyOf(buffer, used)));
        used = 0;
    }

    @Override
    public void close() throws IOException {
        if (done) {
            return;
        }
        if (!started) {
            done = true;
            response.putHeader(HttpHeaders.CONTENT_LENGTH, String.valueOf(used));
            response.end(Buffer.buffer(java.util.Arrays.copyOf(buffer, used)));
            return;
        }
        send();
        done = true;
        response.end();
    }

    /** Ends the response after a failure: an error response if nothing was sent, else a cut connection. */
    void fail(String message) {
        if (done) {
            return;
        }
        done = true;
        if (!started) {
            response.setStatusCode(500)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
                    .headers()
                    .remove("Content-Disposition");
            response.end(message);
        } else if (!response.closed()) {
            response.reset(); // the browser sees a broken download, not a short file
        }
    }
}

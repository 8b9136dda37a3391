package dev.weft.runtime.web;

import io.netty.channel.Channel;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.websocketx.Utf8FrameValidator;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.impl.ConnectionBase;

/**
 * Makes a WebSocket close with 1007 (invalid payload data) on a text frame that is not UTF-8. Vert.x
 * decodes text frames leniently, replacing bad bytes with U+FFFD, so a malformed message would
 * otherwise be read as a different one. Netty's validator is put on the connection before the
 * upgrade; it checks text frames and their continuations, and passes everything else on.
 */
final class Utf8Frames {

    private static final String NAME = "weftUtf8Validator";

    /** The name of Vert.x's own handler, behind the WebSocket frame decoder. */
    private static final String VERTX_HANDLER = "handler";

    private Utf8Frames() {}

    /** Validates the text frames of the WebSocket that {@code request} is about to upgrade to. */
    static void validate(HttpServerRequest request) {
        if (request.connection() instanceof ConnectionBase connection) {
            Channel channel = connection.channel();
            if (channel.eventLoop().inEventLoop()) {
                add(channel.pipeline());
            } else {
                channel.eventLoop().execute(() -> add(channel.pipeline()));
            }
        }
    }

    private static void add(ChannelPipeline pipeline) {
        if (pipeline.get(NAME) == null && pipeline.get(VERTX_HANDLER) != null) {
            pipeline.addBefore(VERTX_HANDLER, NAME, new Utf8FrameValidator(true));
        }
    }
}

package dev.weft.runtime.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.websockets.next.TextMessageCodec;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import java.lang.reflect.Type;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * WebSockets Next's default JSON codec for message objects, with the same priority and behaviour, but
 * asking for the application's {@link ObjectMapper} only when a message is first encoded or decoded.
 *
 * <p>WebSockets Next creates every codec when it registers its first endpoint at start-up, and its
 * own JSON codec has the {@code ObjectMapper} injected: that made Jackson (about 500 classes and
 * Quarkus's mapper customizers) part of every Weft application's start, although Weft's endpoint
 * sends and receives text it parses itself. Weft's build replaces that codec with this one (see the
 * deployment's {@code WebSocketCodecProcessor}), for every endpoint of the application: one that
 * does exchange objects gets the same mapper, at its first message instead of at start.
 */
@Singleton
@Priority(0)
public class LazyJsonCodec implements TextMessageCodec<Object> {

    /** The codec it stands in for, which Weft's build removes. */
    public static final String REPLACED = "io.quarkus.websockets.next.runtime.JsonTextMessageCodec";

    private final Instance<ObjectMapper> mappers;
    private final ConcurrentMap<Type, JavaType> types = new ConcurrentHashMap<>();
    private volatile ObjectMapper mapper;

    LazyJsonCodec(Instance<ObjectMapper> mappers) {
        this.mappers = mappers;
    }

    @Override
    public boolean supports(Type type) {
        return true;
    }

    @Override
    public String encode(Object value) {
        try {
            return mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Object decode(Type type, String value) {
        ObjectMapper objects = mapper();
        try {
            return objects.readValue(value, types.computeIfAbsent(type, t -> objects.getTypeFactory()
                    .constructType(t)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectMapper mapper() {
        ObjectMapper current = mapper;
        if (current == null) {
            current = mappers.get();
            mapper = current;
        }
        return current;
    }
}

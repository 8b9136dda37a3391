package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;
import io.quarkus.jackson.ObjectMapperCustomizer;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An application's own WebSocket endpoint that exchanges objects as JSON works beside Weft as without
 * it, with the application's {@code ObjectMapper} (its customizers applied); that mapper, and with it
 * Jackson, is created at the first such message, not when the application starts (with {@code
 * quarkus.weft.json-warm-up=false}; by default Weft builds it right after the start, see {@code WarmUpTest}).
 */
class JsonEndpointTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Hello.class, Orders.class, Order.class, SnakeCase.class)
                    .addClass(JsonEndpointTest.class.getPackageName() + ".JsonEndpointTest_Hello_WeftApp"))
            // Without the warm-up (WarmUpTest), which builds the mapper once the server has started.
            .overrideConfigKey("quarkus.weft.json-warm-up", "false");

    @TestHTTPResource("/")
    URI base;

    @App(title = "Hello", path = "/json-hello")
    public static class Hello {
        @Fragment
        void hello(Ui ui) {
            ui.text("Hello");
        }
    }

    public record Order(String itemName, int quantity) {}

    @WebSocket(path = "/orders")
    public static class Orders {
        @OnTextMessage
        Order doubled(Order order) {
            return new Order(order.itemName(), order.quantity() * 2);
        }
    }

    /** The application's mapper writes snake_case: the endpoint's messages show it is the one used. */
    @Singleton
    public static class SnakeCase implements ObjectMapperCustomizer {
        /** Where the mapper was made, for the failure message. */
        static volatile Throwable madeAt;

        @Override
        public void customize(ObjectMapper mapper) {
            madeAt = new Throwable("the application's ObjectMapper made here");
            mapper.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        }
    }

    @Test
    void objectMessages_useTheApplicationsMapper_createdAtTheFirstMessage() throws Exception {
        assertThat(mapperCreated())
                .as(() -> "ObjectMapper created at start: " + stack(SnakeCase.madeAt))
                .isFalse();

        BlockingQueue<String> replies = new LinkedBlockingQueue<>();
        java.net.http.WebSocket socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(
                        URI.create(base.toString().replaceFirst("^http", "ws") + "orders"),
                        new java.net.http.WebSocket.Listener() {
                            @Override
                            public CompletionStage<?> onText(
                                    java.net.http.WebSocket webSocket, CharSequence data, boolean last) {
                                replies.add(data.toString());
                                return java.net.http.WebSocket.Listener.super.onText(webSocket, data, last);
                            }
                        })
                .get(10, TimeUnit.SECONDS);
        try {
            socket.sendText("{\"item_name\":\"pear\",\"quantity\":3}", true).get(10, TimeUnit.SECONDS);
            String reply = replies.poll(20, TimeUnit.SECONDS);
            assertThat(reply).isEqualTo("{\"item_name\":\"pear\",\"quantity\":6}");
            assertThat(mapperCreated()).isTrue();
        } finally {
            socket.sendClose(java.net.http.WebSocket.NORMAL_CLOSURE, "").join();
        }
    }

    private static String stack(Throwable where) {
        java.io.StringWriter out = new java.io.StringWriter();
        if (where != null) {
            where.printStackTrace(new java.io.PrintWriter(out));
        }
        return out.toString();
    }

    /** Whether the application's mapper exists: its customizer runs when it is made. */
    private static boolean mapperCreated() {
        return SnakeCase.madeAt != null;
    }
}

package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;
import io.quarkus.jackson.ObjectMapperCustomizer;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.inject.Singleton;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Once the HTTP server has started, Weft builds the application's {@code ObjectMapper} (its
 * customizers applied) in the background, before any page is opened, so the first page does not
 * wait for it; {@code JsonEndpointTest} shows that without the warm-up nothing builds it at start.
 */
class WarmUpTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Hello.class, Customized.class)
                    .addClass(WarmUpTest.class.getPackageName() + ".WarmUpTest_Hello_WeftApp"));

    @App(title = "Hello", path = "/warm-hello")
    public static class Hello {
        @Fragment
        void hello(Ui ui) {
            ui.text("Hello");
        }
    }

    /** Tells when, and on which thread, the application's mapper is made: its customizer runs then. */
    @Singleton
    public static class Customized implements ObjectMapperCustomizer {
        static final CountDownLatch MADE = new CountDownLatch(1);
        static volatile String thread;

        @Override
        public void customize(ObjectMapper mapper) {
            thread = Thread.currentThread().getName();
            mapper.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
            MADE.countDown();
        }
    }

    @Test
    void afterStart_theMapperIsBuiltWithoutAnyPage_offTheEventLoop() throws Exception {
        assertThat(Customized.MADE.await(30, TimeUnit.SECONDS))
                .as("the application's ObjectMapper built after start, no page opened")
                .isTrue();
        assertThat(Customized.thread).doesNotContain("eventloop").doesNotContain("main");
    }
}

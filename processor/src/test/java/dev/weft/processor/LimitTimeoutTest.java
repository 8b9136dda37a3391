package dev.weft.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which {@code @Limited(timeout)} values the processor accepts, and what they mean. */
class LimitTimeoutTest {

    @ParameterizedTest
    @CsvSource({"'', 0", "1ms, 1", "30s, 30000", "2m, 120000", "1h, 3600000", "PT30S, 30000", "PT0.001S, 1"})
    void acceptedTimeout_parsesToMilliseconds(String text, long millis) {
        assertEquals(OptionalLong.of(millis), LimitTimeout.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0ms", "0s", "PT0S", "PT0.0005S", "PT-1S", "-5s", "30", "30 s", "soon", "PT"})
    void rejectedTimeout_isEmpty(String text) {
        assertEquals(OptionalLong.empty(), LimitTimeout.parse(text));
    }
}

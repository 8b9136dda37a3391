package dev.weft.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which {@code @Fragment(runEvery)} values the processor accepts, and what they mean. */
class RunEveryTest {

    @ParameterizedTest
    @CsvSource({
        "'', 0",
        "100ms, 100",
        "500ms, 500",
        "10s, 10000",
        "2m, 120000",
        "1h, 3600000",
        "PT10S, 10000",
        "PT1M, 60000",
        "PT0.1S, 100",
        "pt1h, 3600000",
        "P1D, 86400000"
    })
    void acceptedDuration_parsesToMilliseconds(String text, long millis) {
        assertEquals(OptionalLong.of(millis), RunEvery.parse(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "99ms",
                "0s",
                "PT0.099S",
                "PT-10S",
                "-10s",
                "10",
                "10 s",
                " 10s",
                "10S",
                "1.5s",
                "10sec",
                "1d",
                "PT",
                "P",
                "99999999999999999999h",
                "9999999999999999h",
                "PT9999999999999999H"
            })
    void rejectedDuration_isEmpty(String text) {
        assertEquals(OptionalLong.empty(), RunEvery.parse(text));
    }
}

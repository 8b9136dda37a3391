package dev.weft.runtime.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** A browser's {@code stream_stop} message: parsed when well formed, else refused before anything is done. */
class StreamStopMessageTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Incoming parse(String fields) throws ProtocolException {
        return Incoming.parse(MAPPER, "{\"v\":1,\"type\":\"stream_stop\"," + fields + "}", 65_536);
    }

    @Test
    void aStop_parsesWithItsSlotStreamAndRun() throws Exception {
        assertThat(parse("\"slot\":\"chat\",\"id\":\"stream:0\",\"gen\":4"))
                .isEqualTo(new Incoming.StreamStop("chat", "stream:0", 4));
    }

    @Test
    void aStopWithoutItsStreamOrRun_orWithAnOverlongId_isRefused() {
        assertThatThrownBy(() -> parse("\"slot\":\"chat\",\"gen\":4"))
                .hasMessageContaining("Field 'id' must be a string");
        assertThatThrownBy(() -> parse("\"slot\":\"chat\",\"id\":\"stream:0\",\"gen\":-1"))
                .hasMessageContaining("Field 'gen'");
        assertThatThrownBy(() -> parse("\"slot\":\"chat\",\"id\":\"" + "x".repeat(65) + "\",\"gen\":1"))
                .hasMessageContaining("longer than 64");
    }
}

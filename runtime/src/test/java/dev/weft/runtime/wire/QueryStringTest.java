package dev.weft.runtime.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Query strings as a browser writes them, and as hand-edited links mangle them. */
class QueryStringTest {

    @Test
    void parse_keepsOrderAndRepeats_decodesPercentsAndPlus() {
        Map<String, List<String>> params = QueryString.parse("?region=Asia%20Pacific&tag=a&tag=b&q=x+y&flag");
        assertThat(params)
                .containsExactly(
                        Map.entry("region", List.of("Asia Pacific")),
                        Map.entry("tag", List.of("a", "b")),
                        Map.entry("q", List.of("x y")),
                        Map.entry("flag", List.of("")));
    }

    @Test
    void parse_neverFails_onMalformedOrHugeInput() {
        assertThat(QueryString.parse("a=%zz&=b&&c=%E2%82"))
                .containsKeys("a", "c")
                .doesNotContainKey("");
        assertThat(QueryString.parse("a=%zz").get("a")).containsExactly("%zz");
        assertThat(QueryString.parse("x=1&".repeat(500))).hasSize(1);
        assertThat(QueryString.parse("k" + "=1&k".repeat(500)).get("k")).hasSize(QueryString.MAX_PARAMS);
        assertThat(QueryString.parse(null)).isEmpty();
    }

    @Test
    void format_roundTrips_textThatNeedsEncoding() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("region", List.of("Asia & Pacific"));
        params.put("tag", List.of("a+b", "ü"));
        params.put("empty", List.of(""));
        String query = QueryString.format(params);
        assertThat(query).isEqualTo("region=Asia%20%26%20Pacific&tag=a%2Bb&tag=%C3%BC&empty=");
        assertThat(QueryString.parse(query)).isEqualTo(params);
    }
}

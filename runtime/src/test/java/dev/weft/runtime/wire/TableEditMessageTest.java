package dev.weft.runtime.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** A browser's {@code table_edit} message: parsed when well formed, else refused before anything is done. */
class TableEditMessageTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Incoming parse(String fields) throws ProtocolException {
        return Incoming.parse(
                MAPPER,
                "{\"v\":1,\"type\":\"table_edit\",\"slot\":\"s\",\"id\":\"data_editor:T:0\",\"gen\":2," + fields + "}",
                65_536);
    }

    @Test
    void aCellEdit_parsesWithItsRowColumnAndValue() throws Exception {
        Incoming.TableEdit edit =
                (Incoming.TableEdit) parse("\"op\":\"set\",\"key\":7,\"column\":\"Fare\",\"value\":\"12.5\",\"req\":3");
        assertThat(edit.op()).isEqualTo("set");
        assertThat(edit.key().asInt()).isEqualTo(7);
        assertThat(edit.column()).isEqualTo("Fare");
        assertThat(edit.value().asText()).isEqualTo("12.5");
        assertThat(edit.req()).isEqualTo(3);
    }

    @Test
    void addAndDelete_parse() throws Exception {
        Incoming.TableEdit add = (Incoming.TableEdit) parse("\"op\":\"add\",\"cells\":{\"Zone\":\"A\"}");
        assertThat(add.cells().get("Zone").asText()).isEqualTo("A");
        Incoming.TableEdit delete = (Incoming.TableEdit) parse("\"op\":\"delete\",\"keys\":[1,\"new:2\"]");
        assertThat(delete.keys()).hasSize(2);
    }

    @Test
    void malformedEdits_areRefused() {
        assertRefused("\"op\":\"drop\"", "Field 'op' must be set, add or delete, not 'drop'.");
        assertRefused("\"op\":\"set\",\"column\":\"Fare\",\"value\":1", "A row key must be");
        assertRefused("\"op\":\"set\",\"key\":{\"a\":1},\"column\":\"Fare\",\"value\":1", "A row key must be");
        assertRefused("\"op\":\"set\",\"key\":1,\"value\":1", "Field 'column' must be a string.");
        assertRefused("\"op\":\"set\",\"key\":1,\"column\":\"Fare\",\"value\":[1]", "Field 'value' must be");
        assertRefused("\"op\":\"set\",\"key\":1,\"column\":\"Fare\"", "Field 'value' must be");
        assertRefused("\"op\":\"add\",\"cells\":[1]", "Field 'cells' must be an object");
        assertRefused("\"op\":\"delete\",\"keys\":[]", "Field 'keys' must list from 1 to 1000 row keys.");
        assertRefused("\"op\":\"delete\",\"keys\":1", "Field 'keys' must list");
        assertRefused("\"op\":\"delete\",\"keys\":[[1]]", "A row key must be");
    }

    private static void assertRefused(String fields, String message) {
        assertThatThrownBy(() -> parse(fields))
                .isInstanceOf(ProtocolException.class)
                .hasMessageContaining(message)
                .extracting(e -> ((ProtocolException) e).code())
                .isEqualTo(ErrorCode.BAD_MESSAGE);
    }
}

package dev.weft.runtime.uploads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an uploader accepts, by extension, declared MIME type and first bytes. */
class FileTypesTest {

    private static final List<String> CSV_OR_IMAGES = FileTypes.normalize(List.of("CSV", ".tsv", "image/*"));

    @Test
    void acceptedList_isNormalized_andNonsenseIsRefused() {
        assertThat(CSV_OR_IMAGES).containsExactly(".csv", ".tsv", "image/*");
        assertThat(FileTypes.normalize(List.of("csv", ".CSV", "Text/CSV"))).containsExactly(".csv", "text/csv");
        assertThatThrownBy(() -> FileTypes.normalize(List.of(" ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a file extension");
        assertThatThrownBy(() -> FileTypes.normalize(List.of("image/"))).hasMessageContaining("not a MIME type");
    }

    @Test
    void aFileIsAcceptedByItsExtension_orByItsTypeMatchingAListedMimeType() {
        assertThat(FileTypes.refusal("Data", CSV_OR_IMAGES, "sales.CSV", "text/csv"))
                .isNull();
        // Windows declares CSV files as Excel ones: a usual alias, not a contradiction.
        assertThat(FileTypes.refusal("Data", CSV_OR_IMAGES, "sales.csv", "application/vnd.ms-excel"))
                .isNull();
        assertThat(FileTypes.refusal("Data", CSV_OR_IMAGES, "sales.csv", "")).isNull();
        assertThat(FileTypes.refusal("Data", CSV_OR_IMAGES, "photo.jpeg", "image/jpeg"))
                .isNull();
        assertThat(FileTypes.refusal("Data", CSV_OR_IMAGES, "photo.heic", "image/heic"))
                .isNull(); // unknown, declared
        assertThat(FileTypes.refusal("Data", List.of(), "anything.bin", "")).isNull();
    }

    @Test
    void aFileOfAnotherType_orDeclaredAsAnotherType_isRefusedWithWhatIsTaken() {
        assertThat(FileTypes.refusal("Data", CSV_OR_IMAGES, "notes.txt", "text/plain"))
                .isEqualTo("'notes.txt' is not a file type 'Data' takes: it takes CSV, TSV or image files.");
        assertThat(FileTypes.refusal("Data", CSV_OR_IMAGES, "README", "")).contains("is not a file type 'Data' takes");
        assertThat(FileTypes.refusal("Data", CSV_OR_IMAGES, "page.png", "text/html"))
                .isEqualTo("'page.png' was sent as text/html, which is not the type of a PNG file (image/png).");
        assertThat(FileTypes.refusal("Data", CSV_OR_IMAGES, "photo.heic", "application/octet-stream"))
                .as("an unknown extension with no declared type cannot match image/*")
                .isNotNull();
    }

    @Test
    void formatsWithASignature_mustStartWithIt() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
        assertThat(FileTypes.contentMatches("a.png", png)).isTrue();
        assertThat(FileTypes.contentMatches("a.png", ascii("<html>"))).isFalse();
        assertThat(FileTypes.contentMatches("a.png", new byte[0])).isFalse();
        assertThat(FileTypes.contentMatches("a.webp", ascii("RIFF\u0001\u0002\u0003\u0004WEBPVP8 ")))
                .isTrue();
        assertThat(FileTypes.contentMatches("a.webp", ascii("RIFF\u0001\u0002\u0003\u0004WAVEfmt ")))
                .isFalse();
        assertThat(FileTypes.contentMatches("a.xlsx", new byte[] {'P', 'K', 3, 4}))
                .isTrue();
        assertThat(FileTypes.contentMatches("a.pdf", ascii("%PDF-1.7"))).isTrue();
        assertThat(FileTypes.contentMatches("a.csv", new byte[] {0, 1, 2}))
                .as("no signature to check")
                .isTrue();
        assertThat(FileTypes.notItsFormat("a.png"))
                .isEqualTo("'a.png' is not a PNG file: its content does not match its extension.");
    }

    @Test
    void theReportedType_isTheFormatsThenTheDeclaredOne() {
        assertThat(FileTypes.typeOf("a.CSV", "application/vnd.ms-excel")).isEqualTo("text/csv");
        assertThat(FileTypes.typeOf("a.heic", "image/heic")).isEqualTo("image/heic");
        assertThat(FileTypes.typeOf("a.heic", "")).isEqualTo("application/octet-stream");
        assertThat(FileTypes.declared("Text/CSV; charset=utf-8")).isEqualTo("text/csv");
    }

    @Test
    void sizes_readAsPeopleReadThem_exactNearSmallLimits() {
        assertThat(Sizes.describe(1)).isEqualTo("1 byte");
        assertThat(Sizes.describe(1001)).isEqualTo("1001 bytes");
        assertThat(Sizes.describe(64_000)).isEqualTo("64 KB");
        assertThat(Sizes.describe(64_500)).isEqualTo("64.5 KB");
        assertThat(Sizes.describe(200_000_000)).isEqualTo("200 MB");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}

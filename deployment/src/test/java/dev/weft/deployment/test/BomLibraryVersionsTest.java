package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;
import io.quarkus.maven.dependency.Dependency;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An application whose BOM (io.quarkus:quarkus-bom 3.32.1) manages marked and dompurify below the
 * versions Weft is built with: the page loads the versions the application has.
 */
class BomLibraryVersionsTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Notes.class)
                    .addClass(BomLibraryVersionsTest.class.getPackageName() + ".BomLibraryVersionsTest_Notes_WeftApp"))
            .setForcedDependencies(List.of(
                    Dependency.of("org.mvnpm", "marked", "17.0.1"), Dependency.of("org.mvnpm", "dompurify", "3.2.7")));

    @TestHTTPResource("/")
    URI base;

    @App(title = "Notes", path = "/bom-notes")
    public static class Notes {

        @Fragment
        void note(Ui ui) {
            ui.markdown("**Hello**");
        }
    }

    @Test
    void page_loadsTheLibraryVersionsOfTheApplication() throws Exception {
        String page = get("/bom-notes").body();

        assertThat(page)
                .contains("\"marked\":\"/_static/marked/17.0.1/lib/marked.esm.js\"")
                .contains("\"dompurify\":\"/_static/dompurify/3.2.7/dist/purify.es.mjs\"");
        assertThat(get("/_static/marked/17.0.1/lib/marked.esm.js").statusCode()).isEqualTo(200);
        assertThat(get("/_static/dompurify/3.2.7/dist/purify.es.mjs").statusCode())
                .isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(
                    HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}

package dev.weft.it.cli;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.weft.it.support.Chromium;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code weft run Hello.java} from a directory holding nothing but that file (in the unnamed package,
 * with a {@code //DEPS} line), opened in headless Chromium: it is served, a save shows in the open
 * page, a compile error (javac's, then Weft's processor's) shows in the page, and a fix brings the
 * app back.
 */
class RunFileIT {

    private static final String HELLO = """
            //DEPS org.dflib:dflib:1.2.0

            import dev.weft.App;
            import dev.weft.Fragment;
            import dev.weft.Ui;
            import org.dflib.DataFrame;

            @App(title = "Hello", path = "/")
            public class Hello {

                @Fragment
                void hello(Ui ui) {
                    ui.title("Hello from one file");
                    ui.display(DataFrame.foldByRow("region", "orders").of("north", 12, "south", 7));
                }
            }
            """;

    private static WeftCommand weft;
    private static Path file;
    private static String url;
    private static Chromium chromium;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Path dir = Files.createDirectories(WeftCommand.WORK.resolve("run"));
        file = dir.resolve("Hello.java");
        Files.writeString(file, HELLO);
        int port = freePort();
        url = "http://localhost:" + port + "/";
        weft = WeftCommand.weft(
                dir, dir.resolve("weft-run.log"), "run", "Hello.java", "--port", String.valueOf(port), "--no-open");
        awaitServed(Duration.ofMinutes(4));

        chromium = Chromium.launch();
        browser = chromium.browser();
        PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (chromium != null) {
            chromium.close();
        }
        if (weft != null) {
            weft.close();
        }
    }

    @Test
    void oneFile_isServed_reloadsOnSave_andShowsCompileErrorsInThePage() throws IOException {
        assertThat(Files.isSymbolicLink(file.resolveSibling(".weft/Hello/src/main/java/Hello.java")))
                .as("the hidden project links the file")
                .isTrue();
        try (Page page = browser.newPage()) {
            page.navigate(url);
            assertThat(page.locator("h1")).hasText("Hello from one file");
            assertThat(page.locator(".weft-table")).containsText("north"); // the //DEPS library drew it

            edit("Hello from one file", "Hello again, saved");
            assertThat(page.locator("h1")).hasText("Hello again, saved");

            edit("ui.title(\"Hello again, saved\");", "ui.title(42);");
            Locator problem = page.locator(".weft-dev-problem");
            assertThat(problem).containsText("Hello.java");
            assertThat(problem).containsText("incompatible types");
            assertThat(page.locator("h1")).hasText("Hello again, saved"); // the last version that worked runs on

            try (Page fresh = browser.newPage()) { // a page opened now gets Quarkus's error page
                fresh.navigate(url);
                assertThat(fresh.locator("body")).containsText("incompatible types");
            }

            edit("ui.title(42);", "ui.title(\"Hello, \" + name);");
            edit("void hello(Ui ui) {", "void hello(Ui ui, Long name) {");
            assertThat(problem).containsText("[Weft/FragmentInputMissing]");
            assertThat(problem).containsText("Parameter 'name'");

            Files.writeString(file, HELLO.replace("Hello from one file", "Hello, fixed"));
            assertThat(page.locator("h1")).hasText("Hello, fixed");
            assertThat(page.locator(".weft-dev-problem")).hasCount(0);
        }
        assertThat(weft.isAlive()).as(weft.logText()).isTrue();
    }

    private static void edit(String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    private static void awaitServed(Duration timeout) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!weft.isAlive()) {
                throw new AssertionError("weft run ended before serving the app:\n" + weft.logText());
            }
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("weft run did not serve " + url + " within " + timeout + ":\n" + weft.logText());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

package dev.weft.it.user;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.KeyboardModifier;
import dev.weft.it.support.AppProcess;
import dev.weft.it.support.Chromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The application of {@code src/it/user-app}, set up as the README tells a user and built by Maven
 * against this build's Weft (the invoker plugin), started with {@code java -jar} and opened in
 * headless Chromium. Its Quarkus BOM chooses the versions of some of the page's browser libraries.
 */
class UserProjectIT {

    private static final Path APP = Paths.get(System.getProperty("weft.user-app.dir", "target/it/user-app"));

    private static AppProcess app;
    private static Chromium chromium;
    private static Browser browser;

    @BeforeAll
    static void start() {
        app = AppProcess.jar(APP.resolve("target/quarkus-app/quarkus-run.jar"))
                .name("The user's app")
                .log(APP.resolve("target/app.log"))
                .start();
        chromium = Chromium.launch();
        browser = chromium.browser();
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void page_drawsChartMarkdownAndCode() {
        try (Page page = browser.newPage()) {
            page.navigate(app.baseUrl() + "/");
            assertThat(page.locator(".weft-markdown strong")).hasText("up");
            assertThat(page.locator(".weft-chart[data-rendered=true]")).hasCount(1);
            assertThat(page.locator(".weft-code code.hljs")).hasCount(1);
            assertThat(page.locator(".weft-banner")).hasCount(0);
        }
    }

    @Test
    void selectingRows_inATableOfTheUsersRecords_rerunsTheFragmentThatTakesThem() {
        try (Page page = browser.newPage()) {
            page.navigate(app.baseUrl() + "/");
            Locator table = page.locator(".weft-table").filter(new Locator.FilterOptions().setHasText("Sales"));
            Locator north = table.locator("tbody tr").filter(new Locator.FilterOptions().setHasText("North"));
            Locator east = table.locator("tbody tr").filter(new Locator.FilterOptions().setHasText("East"));
            assertThat(north).containsText("$1,200.50");
            Locator metric = page.locator(".weft-metric").filter(new Locator.FilterOptions().setHasText("Picked"));
            assertThat(metric).containsText("0 regions");

            north.click();
            assertThat(metric).containsText("1 regions, 1200.5");
            east.click(new Locator.ClickOptions().setModifiers(List.of(KeyboardModifier.CONTROL)));
            assertThat(metric).containsText("2 regions, 1615.75");
        }
    }

    @Test
    void aSelectBoxOfTheUsersEnum_boundToTheUrl_opensAtTheLinksValue_andWritesItsLabel() {
        try (Page page = browser.newPage()) {
            page.navigate(app.baseUrl() + "/?region=South");
            Locator metric =
                    page.locator(".weft-metric").filter(new Locator.FilterOptions().setHasText("Region shown"));
            assertThat(metric).containsText("South");
            Locator select = page.locator("select").first();
            assertThat(select.locator("option:checked")).hasText("South");

            select.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("North"));
            assertThat(metric).containsText("North");
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/$")); // the default leaves the URL
            select.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("South"));
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/\\?region=South$"));
        }
    }

    @Test
    void importMap_namesTheLibraryVersionsTheAppResolved() throws IOException {
        try (Page page = browser.newPage()) {
            page.navigate(app.baseUrl() + "/");
            String importMap = page.locator("script[type=importmap]").textContent();
            for (String library : List.of("echarts", "marked", "dompurify", "highlight.js")) {
                String version = packagedVersion(library);
                assertTrue(
                        importMap.contains("/_static/" + library + "/" + version + "/"),
                        "The import map names " + library + " " + version + ", the version packaged: " + importMap);
            }
        }
    }

    @Test
    void libraryTheServerDoesNotServe_bannerNamesItAndTheServer() {
        try (Page page = browser.newPage()) {
            page.route(
                    "**/_static/marked/**",
                    route -> route.fulfill(
                            new Route.FulfillOptions().setStatus(404).setBody("Resource not found")));
            page.navigate(app.baseUrl() + "/");
            assertThat(page.locator(".weft-banner[data-code=assets]"))
                    .containsText("could not load its library marked from /_static/marked/");
            assertThat(page.locator(".weft-banner[data-code=assets]")).containsText("HTTP 404");
            assertThat(page.locator(".weft-banner[data-code=assets]")).containsText("a problem on the server");
        }
    }

    /** The version of {@code org.mvnpm:<library>} in the packaged app ({@code lib/main/org.mvnpm.<library>-<version>.jar}). */
    private static String packagedVersion(String library) throws IOException {
        Pattern jar = Pattern.compile(Pattern.quote("org.mvnpm." + library + "-") + "(.+)\\.jar");
        try (Stream<Path> jars = Files.list(APP.resolve("target/quarkus-app/lib/main"))) {
            List<String> versions = jars.map(
                            path -> jar.matcher(path.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(matcher -> matcher.group(1))
                    .toList();
            assertEquals(1, versions.size(), "One " + library + " jar is packaged: " + versions);
            return versions.get(0);
        }
    }
}

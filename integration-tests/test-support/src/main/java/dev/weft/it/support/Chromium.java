package dev.weft.it.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * Debian's Chromium driven by Playwright: headless, with the flags that keep it off the network
 * (this machine's network is closed; without them Chromium keeps trying to reach Google's hosts).
 * Needs Playwright for Java on the test class path (this module leaves that dependency to its user).
 *
 * <pre>{@code
 * try (Chromium chromium = Chromium.launch(); Page page = chromium.browser().newPage()) {
 *     page.navigate(app.baseUrl() + "/");
 * }
 * }</pre>
 */
public final class Chromium implements AutoCloseable {

    /** Flags every launch uses; {@code --headless} is added by Playwright. */
    public static final List<String> ARGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /**
     * Launches Chromium from {@code $WEFT_CHROMIUM}, or {@code /usr/bin/chromium} by default.
     *
     * @throws IllegalStateException if it is not installed there or does not start, saying how to install it
     */
    public static Chromium launch() {
        Path executable = executable();
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("Chromium is not installed at " + executable
                    + ". The browser tests need Debian's Chromium: apt-get install chromium"
                    + " (or point the environment variable WEFT_CHROMIUM at a Chromium executable).");
        }
        Playwright playwright = Playwright.create();
        try {
            Browser browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(executable)
                            .setHeadless(true)
                            .setArgs(ARGS));
            return new Chromium(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw new IllegalStateException(
                    "Could not launch Chromium at " + executable + " (is it installed? apt-get install chromium): "
                            + e.getMessage(),
                    e);
        }
    }

    /** The Chromium executable the tests use: {@code $WEFT_CHROMIUM}, or {@code /usr/bin/chromium}. */
    public static Path executable() {
        String configured = System.getenv("WEFT_CHROMIUM");
        return Paths.get(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
    }

    /** The running browser: open pages and contexts from it. */
    public Browser browser() {
        return browser;
    }

    /** Closes the browser, then Playwright's driver. */
    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}

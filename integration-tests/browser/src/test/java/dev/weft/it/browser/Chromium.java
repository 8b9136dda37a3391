package dev.weft.it.browser;

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
 */
final class Chromium implements AutoCloseable {

    /** Flags every launch uses; {@code --headless} is added by Playwright. */
    static final List<String> ARGS = List.of(
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

    /** Launches Chromium from {@code $WEFT_CHROMIUM}, or {@code /usr/bin/chromium} by default. */
    static Chromium launch() {
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

    static Path executable() {
        String configured = System.getenv("WEFT_CHROMIUM");
        return Paths.get(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
    }

    Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}

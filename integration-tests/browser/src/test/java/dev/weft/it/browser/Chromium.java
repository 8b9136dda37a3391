package dev.weft.it.browser;

import com.microsoft.playwright.Browser;

/**
 * The shared headless Chromium ({@link dev.weft.it.support.Chromium}) under the short name this
 * module's tests use.
 */
final class Chromium implements AutoCloseable {

    private final dev.weft.it.support.Chromium chromium;

    private Chromium(dev.weft.it.support.Chromium chromium) {
        this.chromium = chromium;
    }

    /** Launches Chromium from {@code $WEFT_CHROMIUM}, or {@code /usr/bin/chromium} by default. */
    static Chromium launch() {
        return new Chromium(dev.weft.it.support.Chromium.launch());
    }

    Browser browser() {
        return chromium.browser();
    }

    @Override
    public void close() {
        chromium.close();
    }
}

package dev.weft.it.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ScreenshotAnimations;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.imageio.ImageIO;

/**
 * The README's screenshots, taken by the browser tests so that they stay current. Each is written to
 * {@code target/screenshots/<name>.png}, and to {@code docs/screenshots/<name>.png} whenever it looks
 * different from the one there (more than {@link #CHANGED} of its pixels, or another size), so a look
 * that changed shows in {@code git status}, while a clock or a measured time in a page does not.
 *
 * <p>What makes them repeatable: a fixed viewport and scale, the page settled (every slot done, every
 * visible chart drawn, fonts loaded), the mouse out of the way, animations and the caret off, and the
 * run times in the slots' corners hidden.
 */
final class Screenshots {

    /**
     * The share of pixels that must differ for a screenshot in {@code docs/} to be replaced: above what a
     * measured time or a clock in an example's text usually changes (0.02–0.03 %; the dashboard's three
     * "Loaded in … ms" now and then just above, so it is rewritten with new digits), below what a
     * changed chart axis does (about 0.04 %).
     */
    static final double CHANGED = 0.0003;

    /** Hidden in screenshots: they differ on every run. */
    private static final String VOLATILE_CSS = ".weft-timing { visibility: hidden !important; }";

    private Screenshots() {}

    /** Takes a full-page screenshot of the settled page and saves it as {@code name}. */
    static void save(Page page, String name) {
        save(page, name, true);
    }

    /** Takes a screenshot of the settled page, whole or just the viewport, and saves it as {@code name}. */
    static void save(Page page, String name, boolean fullPage) {
        // The mouse to the page's corner, beside every control: a move to where Playwright thinks it
        // already is may send nothing, and a tap leaves its target hovered.
        page.mouse().move(3, 3);
        page.mouse().move(0, 0);
        byte[] png = page.screenshot(new Page.ScreenshotOptions()
                .setFullPage(fullPage)
                .setAnimations(ScreenshotAnimations.DISABLED)
                .setStyle(VOLATILE_CSS));
        try {
            Path target = Paths.get("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, png);
            Path docs = Paths.get(System.getProperty("weft.root", "../.."), "docs", "screenshots", name + ".png");
            if (!Files.exists(docs) || differs(Files.readAllBytes(docs), png)) {
                Files.createDirectories(docs.getParent());
                Files.write(docs, png);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the screenshot " + name, e);
        }
    }

    /** Whether two PNGs differ in size or in more than {@link #CHANGED} of their pixels. */
    static boolean differs(byte[] before, byte[] after) throws IOException {
        BufferedImage a = ImageIO.read(new ByteArrayInputStream(before));
        BufferedImage b = ImageIO.read(new ByteArrayInputStream(after));
        if (a == null || b == null || a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return true;
        }
        long different = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    different++;
                }
            }
        }
        return different > CHANGED * a.getWidth() * a.getHeight();
    }
}

package dev.weft.examples.gallery;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Images the examples draw: a PNG rendered with Java2D, and an SVG. */
final class Pictures {

    private Pictures() {}

    /** A 480 × 240 PNG: a sunset gradient with hills. */
    static byte[] landscapePng() {
        BufferedImage image = new BufferedImage(480, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(0x6366F1), 0, 240, new Color(0xF59E0B)));
        g.fillRect(0, 0, 480, 240);
        g.setColor(new Color(255, 244, 214));
        g.fillOval(300, 70, 70, 70);
        g.setColor(new Color(0x14B8A6));
        g.fillOval(-120, 150, 460, 220);
        g.setColor(new Color(0x0F766E));
        g.fillOval(180, 170, 420, 200);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A small SVG chart icon. */
    static byte[] badgeSvg() {
        return """
                <svg xmlns="http://www.w3.org/2000/svg" width="240" height="120" viewBox="0 0 240 120">
                  <rect width="240" height="120" rx="16" fill="#eef2ff"/>
                  <polyline points="20,95 70,60 110,75 160,30 220,45" fill="none" stroke="#6366f1" stroke-width="6"
                      stroke-linecap="round" stroke-linejoin="round"/>
                  <circle cx="160" cy="30" r="8" fill="#f59e0b"/>
                </svg>
                """.getBytes(StandardCharsets.UTF_8);
    }
}

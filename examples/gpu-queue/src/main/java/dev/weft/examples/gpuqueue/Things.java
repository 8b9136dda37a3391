package dev.weft.examples.gpuqueue;

import java.util.Random;

/** The things a prompt can put in its scene: trees, a house, a boat, a lighthouse, birds. */
final class Things {

    private static final double WATERLINE = 300;

    private Things() {}

    /** Pines along the nearest ridge ({@code near}: its height every 10 px). */
    static void trees(Painter p, double[] near, Random random) {
        String colour = p.paint(Colours.mix(p.palette().near(), "#0f2a18", 0.45));
        int count = 14 + random.nextInt(12);
        for (int i = 0; i < count; i++) {
            double x = random.nextDouble() * Painter.WIDTH;
            double ground = groundAt(near, x) + 6;
            if (ground > Painter.HEIGHT) {
                ground = 330 + random.nextDouble() * 40; // no ridge here: stand on the foreground
            }
            double height = 28 + random.nextDouble() * 34;
            double half = height * 0.28;
            p.append("<path d=\"M" + Painter.num(x) + ' ' + Painter.num(ground - height) + " L"
                    + Painter.num(x + half) + ' ' + Painter.num(ground) + " L" + Painter.num(x - half) + ' '
                    + Painter.num(ground) + " Z\" fill=\"" + colour + '"' + p.outline() + "/>");
        }
    }

    /** A house on the nearest ridge, its window lit in the evening. */
    static void house(Painter p, double[] near, Random random, boolean lit) {
        double x = 80 + random.nextDouble() * 420;
        double ground = Math.min(groundAt(near, x) + 10, 360);
        String wall = p.paint("#e9dcc4");
        String roof = p.paint("#8c3b2f");
        p.append(Painter.rect(x, ground - 34, 52, 34) + " fill=\"" + wall + '"' + p.outline() + "/>");
        p.append("<path d=\"M" + Painter.num(x - 6) + ' ' + Painter.num(ground - 34) + " L" + Painter.num(x + 26) + ' '
                + Painter.num(ground - 58) + " L" + Painter.num(x + 58) + ' ' + Painter.num(ground - 34)
                + " Z\" fill=\""
                + roof + '"' + p.outline() + "/>");
        String window = lit && !p.sketching() ? "#ffd66b" : p.paint("#4b5563");
        p.append(Painter.rect(x + 10, ground - 24, 11, 11) + " fill=\"" + window + "\"/>");
        p.append(Painter.rect(x + 31, ground - 26, 12, 26) + " fill=\"" + p.paint("#5b3a29") + "\"/>");
    }

    /** A sailing boat on the water, with its reflection. */
    static void boat(Painter p, Random random) {
        double x = 140 + random.nextDouble() * 260;
        double y = WATERLINE + random.nextDouble() * 30;
        String hull = p.paint("#3b2f2a");
        String sail = p.paint("#f4efe6");
        p.append("<path d=\"M" + Painter.num(x - 34) + ' ' + Painter.num(y) + " L" + Painter.num(x + 34) + ' '
                + Painter.num(y) + " L" + Painter.num(x + 24) + ' ' + Painter.num(y + 12) + " L" + Painter.num(x - 26)
                + ' ' + Painter.num(y + 12) + " Z\" fill=\"" + hull + '"' + p.outline() + "/>");
        p.append(Painter.line(x, y, x, y - 70, hull, 2) + "/>");
        p.append("<path d=\"M" + Painter.num(x + 2) + ' ' + Painter.num(y - 66) + " L" + Painter.num(x + 38) + ' '
                + Painter.num(y - 6) + " L" + Painter.num(x + 2) + ' ' + Painter.num(y - 6) + " Z\" fill=\"" + sail
                + '"'
                + p.outline() + "/>");
        p.append("<path d=\"M" + Painter.num(x - 2) + ' ' + Painter.num(y - 56) + " L" + Painter.num(x - 26) + ' '
                + Painter.num(y - 8) + " L" + Painter.num(x - 2) + ' ' + Painter.num(y - 8) + " Z\" fill=\"" + sail
                + '"'
                + p.outline() + " opacity=\"0.9\"/>");
        p.append(Painter.rect(x - 30, y + 14, 58, 3) + " fill=\"" + hull + "\" opacity=\"0.25\"/>");
    }

    /** A lighthouse on a cliff at one side, its beam lit when it is not day. */
    static void lighthouse(Painter p, double[] near, Random random, boolean lit) {
        boolean right = random.nextBoolean();
        double x = right ? 500 + random.nextDouble() * 60 : 80 + random.nextDouble() * 60;
        double top = Math.min(groundAt(near, x), 228);
        String rock = p.neonStyle()
                ? p.palette().water() + "\" stroke=\"" + p.palette().near() + "\" stroke-width=\"2"
                : p.paint(Colours.mix(p.palette().near(), "#2b2b2b", 0.3));
        double edge = right ? x - 90 : x + 90;
        double side = right ? Painter.WIDTH + 10 : -10;
        p.append("<path d=\"M" + Painter.num(side) + ' ' + Painter.num(top - 6) + " L" + Painter.num(x) + ' '
                + Painter.num(top - 4) + " L" + Painter.num(edge) + ' ' + Painter.num(top + 22) + " L"
                + Painter.num(edge + (right ? -30 : 30)) + " 400 L" + Painter.num(side) + " 400 Z\" fill=\"" + rock
                + '"'
                + p.outline() + "/>");
        double base = top - 4;
        double height = 92;
        String white = p.paint("#f4efe6");
        String red = p.paint("#c8402f");
        if (lit && !p.sketching()) {
            double far = right ? x - 330 : x + 330;
            p.append("<path d=\"M" + Painter.num(x) + ' ' + Painter.num(base - height + 8) + " L" + Painter.num(far)
                    + ' ' + Painter.num(base - height - 40) + " L" + Painter.num(far) + ' '
                    + Painter.num(base - height + 40) + " Z\" fill=\""
                    + p.palette().sun() + "\" opacity=\"0.28\"/>");
        }
        for (int band = 0; band < 4; band++) {
            double y0 = base - band * height / 4;
            double y1 = base - (band + 1) * height / 4;
            double w0 = 15 - band * 2.2;
            double w1 = 15 - (band + 1) * 2.2;
            p.append("<path d=\"M" + Painter.num(x - w0) + ' ' + Painter.num(y0) + " L" + Painter.num(x - w1) + ' '
                    + Painter.num(y1) + " L" + Painter.num(x + w1) + ' ' + Painter.num(y1) + " L" + Painter.num(x + w0)
                    + ' ' + Painter.num(y0) + " Z\" fill=\"" + (band % 2 == 0 ? white : red) + '"' + p.outline()
                    + "/>");
        }
        double lamp = base - height;
        String light = lit && !p.sketching() ? "#ffe9a3" : p.paint("#d8d2c4");
        p.append(Painter.rect(x - 8, lamp - 14, 16, 14) + " fill=\"" + light + '"' + p.outline() + "/>");
        p.append("<path d=\"M" + Painter.num(x - 11) + ' ' + Painter.num(lamp - 14) + " L" + Painter.num(x) + ' '
                + Painter.num(lamp - 26) + " L" + Painter.num(x + 11) + ' ' + Painter.num(lamp - 14) + " Z\" fill=\""
                + red + '"' + p.outline() + "/>");
    }

    /** A few birds in the sky. */
    static void birds(Painter p, Random random) {
        String colour =
                p.sketching() ? "#6b6b66" : p.paint(Colours.mix(p.palette().near(), "#111111", 0.5));
        double cx = 150 + random.nextDouble() * 340;
        double cy = 60 + random.nextDouble() * 80;
        int count = 5 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            double x = cx + (random.nextDouble() - 0.5) * 160;
            double y = cy + (random.nextDouble() - 0.5) * 60;
            double s = 5 + random.nextDouble() * 4;
            p.append("<path d=\"M" + Painter.num(x - s) + ' ' + Painter.num(y) + " q" + Painter.num(s / 2) + ' '
                    + Painter.num(-s * 0.7) + ' ' + Painter.num(s) + " 0 q" + Painter.num(s / 2) + ' '
                    + Painter.num(-s * 0.7) + ' ' + Painter.num(s) + " 0\" fill=\"none\" stroke=\"" + colour
                    + "\" stroke-width=\"1.6\" stroke-linecap=\"round\"/>");
        }
    }

    private static double groundAt(double[] near, double x) {
        int i = (int) Math.max(0, Math.min(near.length - 1, Math.round(x / 10)));
        return near[i];
    }
}

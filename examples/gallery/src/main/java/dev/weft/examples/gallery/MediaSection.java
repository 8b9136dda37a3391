package dev.weft.examples.gallery;

import dev.weft.Ui;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Images from bytes (a PNG and an SVG) and a download button. */
final class MediaSection {

    private MediaSection() {}

    static void draw(Ui ui) {
        ui.header("Images and downloads");
        List<Ui> columns = ui.columns(2, 1);
        columns.get(0).image(Pictures.landscapePng(), "A PNG drawn with Java2D, served to this session.", 0);
        columns.get(1).image(Pictures.badgeSvg(), "An SVG, shown as an image.", 200);
        StringBuilder csv = new StringBuilder("store,region,orders,revenue,margin,opened\n");
        for (Store s : DataSection.STORES) {
            csv.append(String.join(
                            ",",
                            s.store(),
                            s.region(),
                            String.valueOf(s.orders()),
                            String.valueOf(s.revenue()),
                            String.valueOf(s.margin()),
                            String.valueOf(s.opened())))
                    .append('\n');
        }
        ui.downloadButton(
                "Download the stores (CSV)", csv.toString().getBytes(StandardCharsets.UTF_8), "stores.csv", "text/csv");
    }
}

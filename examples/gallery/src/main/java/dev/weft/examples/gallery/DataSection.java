package dev.weft.examples.gallery;

import dev.weft.Ui;

/** Data elements. Add new ones (table, metric, JSON, image, download) here. */
final class DataSection {

    private DataSection() {}

    static void draw(Ui ui) {
        ui.header("Data");
        ui.markdown("""
                | region | revenue | orders | margin |
                | --- | ---: | ---: | ---: |
                | Europe | 1,284 k€ | 9,120 | 31.2 % |
                | Americas | 1,902 k€ | 12,480 | 28.7 % |
                | Asia–Pacific | 846 k€ | 6,015 | 34.9 % |
                """);
    }
}

package dev.weft.examples.gallery;

import dev.weft.Form;
import dev.weft.Ui;
import dev.weft.UploadedFile;
import java.util.List;
import java.util.Optional;

/** A file uploader, and a form whose widgets send their values only when it is submitted. */
final class FormSection {

    /** The largest price list accepted. */
    static final int PRICE_LIST_LIMIT = 100_000;

    private FormSection() {}

    static void draw(Ui ui) {
        ui.header("Uploads and forms");
        Optional<UploadedFile> prices = ui.fileUploader("Price list", List.of("csv", "txt"), PRICE_LIST_LIMIT);
        ui.text(prices.map(file -> file.name() + ": " + file.size() + " bytes received")
                .orElse("No price list yet: a CSV or text file of at most 100 kB."));
        Form form = ui.form("restock");
        List<Ui> columns = form.columns(2);
        String item = columns.get(0).textInput("Item", "Trail tent 2P");
        String store = columns.get(1)
                .selectbox(
                        "Store", DataSection.STORES.stream().map(Store::store).toList());
        int quantity = form.numberInput("Quantity", 1, 500, 24);
        if (form.submitButton("Order")) {
            ui.success("Ordered " + quantity + " × " + item + " for " + store + ".");
        } else {
            ui.text("Nothing is sent until you press Order.");
        }
    }
}

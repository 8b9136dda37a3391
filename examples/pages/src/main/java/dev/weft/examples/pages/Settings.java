package dev.weft.examples.pages;

import dev.weft.App;
import dev.weft.Container;
import dev.weft.Fragment;
import dev.weft.Ui;
import java.util.List;

/** The site's settings, in the menu's "Admin" section. */
@App(title = "Settings", path = "/settings", icon = "⚙️", section = "Admin")
public class Settings {

    @Fragment
    void settings(Ui ui) {
        ui.title("Settings");
        Ui card = ui.container(Container.bordered());
        card.subheader("Notifications");
        card.toggle("Email me when an order ships", true);
        card.selectbox("Digest", List.of("Daily", "Weekly", "Never"));
    }
}

package dev.weft.it.login;

import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;

/** A page only logged-in users may open. */
@App(title = "Front desk", path = "/")
public class Desk {

    @Fragment
    void hello(Ui ui) {
        ui.text("Welcome to the front desk.");
    }
}

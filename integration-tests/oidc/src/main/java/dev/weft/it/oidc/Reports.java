package dev.weft.it.oidc;

import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;

/** A page behind the identity provider's login. */
@App(title = "Reports", path = "/")
public class Reports {

    @Fragment
    void hello(Ui ui) {
        ui.text("The quarter's reports.");
    }
}

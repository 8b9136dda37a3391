package dev.weft.it.app;

import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;
import jakarta.inject.Inject;

/** A page that greets whoever looks, built without any security extension. */
@App(title = "Visitors", path = "/visitors")
public class Visitors {

    @Inject
    Visit visit;

    @Fragment
    void greeting(Ui ui) {
        ui.text((ui.user().loggedIn() ? "Hello " + ui.user().name() : "Hello stranger") + ", visit "
                + (visit.number() > 0 ? "counted" : "lost"));
    }
}

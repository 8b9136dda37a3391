package dev.weft.it.app;

import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;
import io.quarkus.security.Authenticated;

/** A page for logged-in users, in an application that has no way to log in. */
@App(title = "Members", path = "/members")
@Authenticated
public class Members {

    @Fragment
    void welcome(Ui ui) {
        ui.text("Welcome, " + ui.user().name());
    }
}

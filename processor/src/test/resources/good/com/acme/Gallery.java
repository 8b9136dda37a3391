package com.acme;

import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;

/** A page of a multi-page site: its own icon, and a place in the pages menu. */
@App(title = "Gallery", path = "/gallery", icon = "🧵", order = -1)
public class Gallery {

    @Fragment
    void everything(Ui ui) {
        ui.title("Gallery");
    }
}

package com.acme;

import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;
import jakarta.inject.Inject;

class Outer {

    static class Service {}

    @App(path = "/sales/north-2.0")
    static class Inner {

        private final Service service;

        @Inject
        Inner(Service service) {
            this.service = service;
        }

        @Fragment
        String status(Ui ui) {
            ui.text(String.valueOf(service));
            return "ok";
        }
    }
}

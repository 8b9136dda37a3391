package com.acme;

import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

/** A page for logged-in users, with a section for payroll staff and one for admins. */
@App(title = "Payroll", path = "/payroll")
@Authenticated
public class Payroll {

    @Fragment
    @PermitAll
    void welcome(Ui ui) {
        ui.text("Hello, " + ui.user().name());
    }

    @Fragment
    @RolesAllowed({"payroll", "admin"})
    long total(Ui ui) {
        return 42;
    }

    @Fragment
    @RolesAllowed("admin")
    void audit(Ui ui, long total) {
        ui.text("Audited " + total);
    }
}

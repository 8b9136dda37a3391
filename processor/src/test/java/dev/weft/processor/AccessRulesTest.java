package dev.weft.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.weft.processor.TestCompilations.assertOnlyError;
import static dev.weft.processor.TestCompilations.compile;
import static dev.weft.processor.TestCompilations.source;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules on {@code @RolesAllowed}, {@code @Authenticated} and {@code @PermitAll} of apps and
 * fragments, each asserting its message, file and line.
 */
class AccessRulesTest {

    @Test
    void permitAllAndRolesAllowedOnOneFragment_reportsAccessConflict() {
        var file = source("com.acme.Board", """
                package com.acme;
                @dev.weft.App
                public class Board {
                    @dev.weft.Fragment
                    @jakarta.annotation.security.RolesAllowed("admin")
                    @jakarta.annotation.security.PermitAll
                    void chart(dev.weft.Ui ui) {}
                }
                """);
        assertOnlyError(
                file,
                ErrorMessages.accessConflict("fragment 'chart'", List.of("@RolesAllowed", "@PermitAll")),
                "@jakarta.annotation.security.PermitAll");
    }

    @Test
    void authenticatedAndRolesAllowedOnApp_reportsAccessConflict() {
        var file = source("com.acme.Board", """
                package com.acme;
                @dev.weft.App
                @io.quarkus.security.Authenticated
                @jakarta.annotation.security.RolesAllowed("admin")
                public class Board {
                    @dev.weft.Fragment
                    void chart(dev.weft.Ui ui) {}
                }
                """);
        assertOnlyError(
                file,
                ErrorMessages.accessConflict("@App class 'com.acme.Board'", List.of("@RolesAllowed", "@Authenticated")),
                "@io.quarkus.security.Authenticated");
    }

    @Test
    void emptyRolesAllowed_reportsAccessNoRoles() {
        var file = source("com.acme.Board", """
                package com.acme;
                @dev.weft.App
                public class Board {
                    @dev.weft.Fragment
                    @jakarta.annotation.security.RolesAllowed({})
                    void chart(dev.weft.Ui ui) {}
                }
                """);
        assertOnlyError(file, ErrorMessages.accessNoRoles("fragment 'chart'"), "RolesAllowed({})");
    }

    @Test
    void blankRole_reportsAccessBadRole() {
        var file = source("com.acme.Board", """
                package com.acme;
                @dev.weft.App
                @jakarta.annotation.security.RolesAllowed({"admin", " "})
                public class Board {
                    @dev.weft.Fragment
                    void chart(dev.weft.Ui ui) {}
                }
                """);
        assertOnlyError(file, ErrorMessages.accessBadRole("@App class 'com.acme.Board'", " "), "RolesAllowed({");
    }

    @Test
    void propertyExpressionRole_reportsAccessBadRole() {
        var file = source("com.acme.Board", """
                package com.acme;
                @dev.weft.App
                public class Board {
                    @dev.weft.Fragment
                    @jakarta.annotation.security.RolesAllowed("${admin.role}")
                    void chart(dev.weft.Ui ui) {}
                }
                """);
        assertOnlyError(file, ErrorMessages.accessBadRole("fragment 'chart'", "${admin.role}"), "RolesAllowed(\"${");
    }

    @Test
    void denyAll_reportsAccessDenyAll() {
        var file = source("com.acme.Board", """
                package com.acme;
                @dev.weft.App
                public class Board {
                    @dev.weft.Fragment
                    @jakarta.annotation.security.DenyAll
                    void chart(dev.weft.Ui ui) {}
                }
                """);
        assertOnlyError(file, ErrorMessages.accessDenyAll("fragment 'chart'"), "@jakarta.annotation.security.DenyAll");
    }

    @Test
    void openFragmentTakingARoleGatedInput_reportsAccessInput() {
        var file = source("com.acme.Board", """
                package com.acme;
                @dev.weft.App
                public class Board {
                    @dev.weft.Fragment
                    @jakarta.annotation.security.RolesAllowed("admin")
                    long salaries() { return 1; }

                    @dev.weft.Fragment
                    void chart(dev.weft.Ui ui, long salaries) {}
                }
                """);
        assertOnlyError(
                file,
                ErrorMessages.accessInput(
                        "chart", "no role annotation", "salaries", "salaries", "@RolesAllowed({\"admin\"})"),
                "void chart(dev.weft.Ui ui, long salaries)");
    }

    @Test
    void fragmentWithMoreRolesThanItsInput_reportsAccessInput() {
        var file = source("com.acme.Board", """
                package com.acme;
                @dev.weft.App
                @io.quarkus.security.Authenticated
                public class Board {
                    @dev.weft.Fragment
                    @jakarta.annotation.security.RolesAllowed("admin")
                    long salaries() { return 1; }

                    @dev.weft.Fragment
                    @jakarta.annotation.security.RolesAllowed({"admin", "analyst"})
                    void chart(dev.weft.Ui ui, long salaries) {}
                }
                """);
        assertOnlyError(
                file,
                ErrorMessages.accessInput(
                        "chart",
                        "@RolesAllowed({\"admin\", \"analyst\"})",
                        "salaries",
                        "salaries",
                        "@RolesAllowed({\"admin\"})"),
                "void chart(dev.weft.Ui ui, long salaries)");
    }

    @Test
    void stricterFragmentTakingAnOpenInput_compiles() {
        var file = source("com.acme.Board", """
                package com.acme;
                @dev.weft.App
                @io.quarkus.security.Authenticated
                public class Board {
                    @dev.weft.Fragment
                    long salaries() { return 1; }

                    @dev.weft.Fragment
                    @jakarta.annotation.security.RolesAllowed("admin")
                    void chart(dev.weft.Ui ui, long salaries) {}
                }
                """);
        assertThat(compile(file)).succeeded();
    }
}

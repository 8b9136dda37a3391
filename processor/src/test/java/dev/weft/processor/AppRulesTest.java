package dev.weft.processor;

import static dev.weft.processor.TestCompilations.assertOnlyError;
import static dev.weft.processor.TestCompilations.source;

import org.junit.jupiter.api.Test;

/** One test per rule on the {@code @App} class itself, each asserting its message, file and line. */
class AppRulesTest {

    @Test
    void appOnInterface_reportsAppNotClass() {
        var file = source("com.acme.Board", """
                package com.acme;
                @dev.weft.App
                public interface Board {
                    @dev.weft.Fragment
                    default void chart(dev.weft.Ui ui) {}
                }
                """);
        assertOnlyError(file, ErrorMessages.appNotClass("com.acme.Board", "an interface"), "interface Board");
    }

    @Test
    void appOnRecord_reportsAppNotClass() {
        var file = source("com.acme.Board", """
                package com.acme;
                @dev.weft.App
                public record Board(int size) {
                    @dev.weft.Fragment
                    void chart(dev.weft.Ui ui) {}
                }
                """);
        assertOnlyError(file, ErrorMessages.appNotClass("com.acme.Board", "a record"), "record Board");
    }

    @Test
    void abstractApp_reportsAppAbstract() {
        var file = source("com.acme.Board", """
                package com.acme;
                @dev.weft.App
                public abstract class Board {
                    @dev.weft.Fragment
                    void chart(dev.weft.Ui ui) {}
                }
                """);
        assertOnlyError(file, ErrorMessages.appAbstract("com.acme.Board"), "abstract class Board");
    }

    @Test
    void innerApp_reportsAppInner() {
        var file = source("com.acme.Outer", """
                package com.acme;
                public class Outer {
                    @dev.weft.App
                    public class Board {
                        @dev.weft.Fragment
                        void chart(dev.weft.Ui ui) {}
                    }
                }
                """);
        assertOnlyError(file, ErrorMessages.appInner("com.acme.Outer.Board"), "class Board");
    }

    @Test
    void privateApp_reportsAppPrivate() {
        var file = source("com.acme.Outer", """
                package com.acme;
                public class Outer {
                    @dev.weft.App
                    private static class Board {
                        @dev.weft.Fragment
                        void chart(dev.weft.Ui ui) {}
                    }
                }
                """);
        assertOnlyError(file, ErrorMessages.appPrivate("com.acme.Outer.Board"), "class Board");
    }

    @Test
    void appInsidePrivateClass_reportsAppEnclosingPrivate() {
        var file = source("com.acme.Outer", """
                package com.acme;
                public class Outer {
                    private static class Hidden {
                        @dev.weft.App
                        static class Board {
                            @dev.weft.Fragment
                            void chart(dev.weft.Ui ui) {}
                        }
                    }
                }
                """);
        assertOnlyError(
                file,
                ErrorMessages.appEnclosingPrivate("com.acme.Outer.Hidden.Board", "com.acme.Outer.Hidden"),
                "class Board");
    }

    @Test
    void genericApp_reportsAppGeneric() {
        var file = source("com.acme.Board", """
                package com.acme;
                @dev.weft.App
                public class Board<T> {
                    @dev.weft.Fragment
                    void chart(dev.weft.Ui ui) {}
                }
                """);
        assertOnlyError(file, ErrorMessages.appGeneric("com.acme.Board"), "class Board");
    }

    @Test
    void constructorWithParametersButNoInject_reportsAppConstructor() {
        var file = source("com.acme.Board", """
                package com.acme;
                @dev.weft.App
                public class Board {
                    Board(String name) {}
                    @dev.weft.Fragment
                    void chart(dev.weft.Ui ui) {}
                }
                """);
        assertOnlyError(file, ErrorMessages.appConstructor("com.acme.Board"), "class Board");
    }

    @Test
    void onlyPrivateNoArgConstructor_reportsAppConstructor() {
        var file = source("com.acme.Board", """
                package com.acme;
                @dev.weft.App
                public class Board {
                    private Board() {}
                    @dev.weft.Fragment
                    void chart(dev.weft.Ui ui) {}
                }
                """);
        assertOnlyError(file, ErrorMessages.appConstructor("com.acme.Board"), "class Board");
    }

    @Test
    void noFragmentMethod_reportsAppNoFragments() {
        var file = source("com.acme.Board", """
                package com.acme;
                @dev.weft.App
                public class Board {
                    void chart(dev.weft.Ui ui) {}
                }
                """);
        assertOnlyError(file, ErrorMessages.appNoFragments("com.acme.Board"), "class Board");
    }
}

package dev.weft.processor;

import static dev.weft.processor.TestCompilations.assertOnlyError;
import static dev.weft.processor.TestCompilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules for {@code @App(icon)}: one compiled test per message, plus the rules on their own. */
class IconRulesTest {

    @Test
    void fileNameWithoutSlash_reportsAppIconTextOnTheValue() {
        assertOnlyError(app("logo.png"), ErrorMessages.appIconText("logo.png"), "icon = \"logo.png\"");
    }

    @Test
    void pathThatIsNoImage_reportsAppIconPathOnTheValue() {
        assertOnlyError(app("/icons/sales.txt"), ErrorMessages.appIconPath("/icons/sales.txt"), "icon = ");
    }

    @Test
    void iconOnSecondLine_isReportedWhereTheValueIs() {
        JavaFileObject file = source("com.acme.Board", """
                package com.acme;
                @dev.weft.App(path = "/board",
                        icon = "two words")
                public class Board {
                    @dev.weft.Fragment
                    void chart(dev.weft.Ui ui) {}
                }
                """);
        assertOnlyError(file, ErrorMessages.appIconText("two words"), "icon = \"two words\"");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "\uD83D\uDCC8", // chart increasing
                "\u2764\uFE0F", // heart with variation selector
                "\uD83C\uDDE9\uD83C\uDDEA", // flag: two regional indicators
                "\uD83D\uDC69\u200D\uD83D\uDCBB", // woman technologist: a ZWJ sequence
                "1\uFE0F\u20E3", // keycap one
                "W",
                "/icons/sales.svg",
                "/favicon.ico",
                "/a/b_c-d.2.PNG",
                "/logo.webp"
            })
    void validIcon_passesEveryRule(String icon) {
        assertEquals(Optional.empty(), IconRules.check(icon), icon);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", " ", "\uD83D\uDCC8\uD83D\uDCC8", "logo.svg", "\t", "Sales"})
    void textThatIsNotOneSymbol_isRejected(String icon) {
        assertEquals(Optional.of(ErrorMessages.appIconText(icon)), IconRules.check(icon), icon);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/logo", "/.svg", "/logo.svg.txt", "/a//b.svg", "/a/../b.svg", "/a b.svg", "/é.png"})
    void pathThatIsNotAnImagePath_isRejected(String icon) {
        assertEquals(Optional.of(ErrorMessages.appIconPath(icon)), IconRules.check(icon), icon);
    }

    @Test
    void messages_sayHowToFixIt() {
        assertTrue(ErrorMessages.appIconText("x y").contains("such as \"\uD83D\uDCC8\""));
        assertTrue(ErrorMessages.appIconPath("/x").contains(".svg, .png"));
    }

    private static JavaFileObject app(String icon) {
        return source("com.acme.Board", """
                package com.acme;
                @dev.weft.App(path = "/board", icon = "%s")
                public class Board {
                    @dev.weft.Fragment
                    void chart(dev.weft.Ui ui) {}
                }
                """.formatted(icon));
    }
}

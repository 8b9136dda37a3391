package dev.weft.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.weft.processor.TestCompilations.assertOnlyError;
import static dev.weft.processor.TestCompilations.compile;
import static dev.weft.processor.TestCompilations.errors;
import static dev.weft.processor.TestCompilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules for a page's place in the menu ({@code @App(section, hidden)}), and for the pages that
 * {@code Ui.switchPage} and {@code Ui.pageLink} name.
 */
class PageRulesTest {

    @Test
    void paddedSection_reportsAppSectionOnTheValue() {
        assertOnlyError(app("section = \" Admin\""), ErrorMessages.appSection(" Admin"), "section = ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Admin", "Reports & exports", "Área", "A"})
    void headingSection_passes(String section) {
        assertEquals(Optional.empty(), SectionRules.check(section));
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "Admin ", "\tAdmin", "Two\nlines", "A section heading that is far too long to fit"})
    void sectionThatIsNoHeading_isRejected(String section) {
        assertEquals(Optional.of(ErrorMessages.appSection(section)), SectionRules.check(section));
    }

    @Test
    void hiddenPageWithSection_reportsAppHiddenInMenuOnTheSection() {
        assertOnlyError(
                app("hidden = true, section = \"Admin\""),
                ErrorMessages.appHiddenInMenu("com.acme.Board", "section"),
                "section = ");
    }

    @Test
    void hiddenPageWithOrder_reportsAppHiddenInMenuOnTheOrder() {
        assertOnlyError(
                app("hidden = true,\n        order = 3"),
                ErrorMessages.appHiddenInMenu("com.acme.Board", "order"),
                "order = 3");
    }

    @Test
    void sectionsDifferingOnlyInCase_reportTheSecond() {
        JavaFileObject users = source("com.acme.Users", """
                package com.acme;
                @dev.weft.App(path = "/users", section = "Admin")
                public class Users {
                    @dev.weft.Fragment
                    void list(dev.weft.Ui ui) {}
                }
                """);
        JavaFileObject roles = source("com.acme.Roles", """
                package com.acme;
                @dev.weft.App(path = "/roles", section = "admin")
                public class Roles {
                    @dev.weft.Fragment
                    void list(dev.weft.Ui ui) {}
                }
                """);
        Compilation compilation = compile(users, roles);
        assertThat(compilation).failed();
        assertEquals(List.of(ErrorMessages.appSectionCase("admin", "Admin", "com.acme.Users")), errors(compilation));
        assertThat(compilation)
                .hadErrorContaining("[Weft/AppSectionCase]")
                .inFile(roles)
                .onLineContaining("section = \"admin\"");
    }

    @Test
    void sectionHiddenAndLayout_areGenerated() throws IOException {
        Compilation compilation = compile(app("section = \"Admin\", layout = dev.weft.PageLayout.WIDE"), hidden());
        assertThat(compilation).succeeded();
        String board = generated(compilation, "com.acme.Board_WeftApp");
        assertTrue(flat(board).contains("public String section() { return \"Admin\";"), board);
        assertTrue(flat(board).contains("public PageLayout layout() { return PageLayout.WIDE;"), board);
        assertFalse(board.contains("hidden()"), board);
        assertTrue(flat(generated(compilation, "com.acme.Detail_WeftApp"))
                .contains("public boolean hidden() { return true;"));
    }

    @Test
    void switchPageToAClassThatIsNoApp_reportsPageNotAppOnTheArgument() {
        JavaFileObject board = source("com.acme.Board", """
                package com.acme;
                @dev.weft.App(path = "/board")
                public class Board {
                    @dev.weft.Fragment
                    void go(dev.weft.Ui ui) {
                        if (ui.button("Go")) {
                            ui.switchPage(
                                    String.class);
                        }
                    }
                }
                """);
        Compilation compilation = compile(board);
        assertThat(compilation).failed();
        assertEquals(List.of(ErrorMessages.pageNotApp("switchPage", "String")), errors(compilation));
        assertThat(compilation)
                .hadErrorContaining("[Weft/PageNotApp]")
                .inFile(board)
                .onLineContaining("String.class");
    }

    @Test
    void pageLinkToAClassThatIsNoApp_reportsPageNotApp_evenInALambdaOfAnotherClass() {
        JavaFileObject links = source("com.acme.Links", """
                package com.acme;
                final class Links {
                    static void draw(dev.weft.Ui ui) {
                        Runnable later = () -> ui.pageLink(Links.class, "Links", "");
                        later.run();
                    }
                }
                """);
        Compilation compilation = compile(links, hidden());
        assertThat(compilation).failed();
        assertEquals(List.of(ErrorMessages.pageNotApp("pageLink", "Links")), errors(compilation));
        assertThat(compilation)
                .hadErrorContaining("[Weft/PageNotApp]")
                .inFile(links)
                .onLineContaining("Links.class");
    }

    @Test
    void pagesThatAreApps_orClassValues_compile() {
        JavaFileObject board = source("com.acme.Board", """
                package com.acme;
                @dev.weft.App(path = "/board")
                public class Board {
                    @dev.weft.Fragment
                    void go(dev.weft.Ui ui) {
                        ui.pageLink(Detail.class);
                        ui.pageLink(Board.class, "Home");
                        Class<?> somewhere = Detail.class;
                        ui.switchPage(somewhere);          // checked when the fragment runs
                        Object other = String.class;       // not a page call: no check
                    }
                }
                """);
        assertThat(compile(board, hidden())).succeeded();
    }

    @Test
    void messages_sayHowToFixIt() {
        assertTrue(ErrorMessages.appHiddenInMenu("com.acme.X", "section").contains("Remove section"));
        assertTrue(ErrorMessages.pageNotApp("switchPage", "String").contains("Name an @App class"));
        assertTrue(ErrorMessages.appSection(" ").contains("\"Admin\""));
    }

    private static String generated(Compilation compilation, String className) throws IOException {
        return compilation
                .generatedSourceFile(className)
                .orElseThrow()
                .getCharContent(true)
                .toString();
    }

    /** The source with every run of white space made one space. */
    private static String flat(String source) {
        return source.replaceAll("\\s+", " ");
    }

    private static JavaFileObject hidden() {
        return source("com.acme.Detail", """
                package com.acme;
                @dev.weft.App(path = "/detail", hidden = true)
                public class Detail {
                    @dev.weft.Fragment
                    void show(dev.weft.Ui ui) {}
                }
                """);
    }

    private static JavaFileObject app(String attributes) {
        return source("com.acme.Board", """
                package com.acme;
                @dev.weft.App(path = "/board", %s)
                public class Board {
                    @dev.weft.Fragment
                    void chart(dev.weft.Ui ui) {}
                }
                """.formatted(attributes));
    }
}

package dev.weft.runtime;

import dev.weft.PageLayout;
import dev.weft.Ui;
import dev.weft.runtime.identity.Access;
import java.util.List;

/**
 * What the Weft annotation processor generates for each {@link dev.weft.App} class: the app's
 * metadata, its fragment table and a dispatcher that calls each fragment method directly.
 *
 * <p>This is an SPI between generated code and the runtime, public only because generated classes
 * live in the user's package. Applications never implement or call it.
 */
public interface AppDefinition {

    /** The {@code @App} class; the runtime asks CDI for one instance of it per session. */
    Class<?> appClass();

    /** The page title ({@code @App(title)}, or the class's simple name when that is empty). */
    String title();

    /** The HTTP path of the page ({@code @App(path)}). */
    String path();

    /**
     * The page's icon ({@code @App(icon)}): empty for Weft's logo, an emoji, or the absolute path of
     * an image the application serves.
     */
    default String icon() {
        return "";
    }

    /** Where the page comes in the pages menu ({@code @App(order)}): by ascending order, then path. */
    default int order() {
        return 0;
    }

    /**
     * Who may open the page: the app class's {@code @RolesAllowed}, {@code @Authenticated} or
     * {@code @PermitAll}; anyone when it has none.
     */
    default Access access() {
        return Access.ANYONE;
    }

    /** The heading the page is listed under in the pages menu ({@code @App(section)}), empty for none. */
    default String section() {
        return "";
    }

    /** Whether the page is left out of the pages menu ({@code @App(hidden)}). */
    default boolean hidden() {
        return false;
    }

    /** How wide the page's main column is ({@code @App(layout)}). */
    default PageLayout layout() {
        return PageLayout.CENTERED;
    }

    /** The fragments in declaration order; a fragment's index in this list is its id in {@link #invoke}. */
    List<FragmentDefinition> fragments();

    /**
     * Runs one fragment on an app instance.
     *
     * @param app the session's instance of {@link #appClass()}
     * @param fragment the fragment's index in {@link #fragments()}
     * @param ui the slot the run draws into (passed to the method's {@code Ui} parameter, if any)
     * @param inputs the fragment's inputs, in parameter order (empty until fragments have inputs)
     * @return what the fragment method returned, or {@code null} for a {@code void} method
     * @throws Exception whatever the fragment method throws
     */
    Object invoke(Object app, int fragment, Ui ui, Object[] inputs) throws Exception;

    /**
     * Readers of the row types of this app that the processor could read with direct calls: the
     * records and beans its fragments take or return (also inside lists, maps, optionals and
     * arrays) and those it declares as member types. Tables and charts of rows of these types need
     * no reflection.
     */
    default List<RowReader<?>> rowReaders() {
        return List.of();
    }
}

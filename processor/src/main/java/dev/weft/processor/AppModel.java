package dev.weft.processor;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * One valid {@code @App} class, as the writer needs it.
 *
 * @param element the {@code @App} class, the originating element of what is generated for it
 * @param packageName its package, empty for the unnamed package
 * @param simpleNames its simple name preceded by those of the classes enclosing it, outermost first
 * @param title the page title: {@code @App(title)}, or the simple class name when that is empty
 * @param path {@code @App(path)}
 * @param icon {@code @App(icon)}: empty, an emoji or an image path
 * @param order {@code @App(order)}: where the page comes in the pages menu
 * @param section {@code @App(section)}: the menu heading it is listed under, empty for none
 * @param hidden {@code @App(hidden)}: whether it is left out of the pages menu
 * @param layout {@code @App(layout)}: the name of its {@code PageLayout} constant
 * @param fragments its fragments in declaration order
 * @param rowTypes the row types whose readers are generated for it, sorted by name
 * @param access who may open the page: its {@code @RolesAllowed}, {@code @Authenticated} or {@code @PermitAll}
 */
record AppModel(
        TypeElement element,
        String packageName,
        List<String> simpleNames,
        String title,
        String path,
        String icon,
        int order,
        String section,
        boolean hidden,
        String layout,
        List<FragmentModel> fragments,
        List<RowTypeModel> rowTypes,
        AccessModel access) {

    AppModel {
        simpleNames = List.copyOf(simpleNames);
        fragments = List.copyOf(fragments);
        rowTypes = List.copyOf(rowTypes);
    }

    /** The class's canonical name, for example {@code com.acme.Outer.Inner}. */
    String qualifiedName() {
        String nested = String.join(".", simpleNames);
        return packageName.isEmpty() ? nested : packageName + "." + nested;
    }
}

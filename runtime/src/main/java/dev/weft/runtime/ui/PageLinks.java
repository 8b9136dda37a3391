package dev.weft.runtime.ui;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.runtime.AppDefinition;

/** Links to the application's pages ({@code ui.pageLink}) and switching to one ({@code ui.switchPage}). */
final class PageLinks {

    private PageLinks() {}

    /**
     * A {@code page_link} element: the page's path, the label and icon shown (the page's own title
     * and icon unless given), and whether it is the page the run is on.
     */
    static ObjectNode link(Pages pages, Class<?> page, String label, String icon) {
        AppDefinition target = pages.page("pageLink", page);
        return Canvas.element("page_link")
                .put("path", target.path())
                .put("label", label != null ? label : target.title())
                .put("icon", icon != null ? icon : target.icon())
                .put("current", target.path().equals(pages.current()));
    }

    /** Sends the browser to {@code page}. */
    static void switchTo(Pages pages, Class<?> page) {
        pages.switchTo(pages.page("switchPage", page));
    }
}

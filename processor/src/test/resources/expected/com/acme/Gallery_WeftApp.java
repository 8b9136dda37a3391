package com.acme;

import dev.weft.Area;
import dev.weft.Ui;
import dev.weft.runtime.AppDefinition;
import dev.weft.runtime.FragmentDefinition;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Weft's definition of {@link Gallery}: its fragment table and dispatcher.
 */
@Generated(
        value = "dev.weft.processor.WeftProcessor",
        comments = "from com.acme.Gallery"
)
final class Gallery_WeftApp implements AppDefinition {
    private static final List<FragmentDefinition> FRAGMENTS = List.of(
            new FragmentDefinition("everything", false, true, false, List.of(), 0L, Area.MAIN, null, false));

    /**
     * Called by CDI: the Weft extension registers this class as a bean.
     */
    public Gallery_WeftApp() {
    }

    @Override
    public Class<?> appClass() {
        return Gallery.class;
    }

    @Override
    public String title() {
        return "Gallery";
    }

    @Override
    public String path() {
        return "/gallery";
    }

    @Override
    public List<FragmentDefinition> fragments() {
        return FRAGMENTS;
    }

    @Override
    public Object invoke(Object app, int fragment, Ui ui, Object[] inputs) throws Exception {
        Gallery target = (Gallery) app;
        switch (fragment) {
            case 0:
                target.everything(ui);
                return null;
            default:
                throw new IllegalArgumentException("No fragment " + fragment + " in com.acme.Gallery");
        }
    }

    @Override
    public String icon() {
        return "🧵";
    }

    @Override
    public int order() {
        return -1;
    }
}

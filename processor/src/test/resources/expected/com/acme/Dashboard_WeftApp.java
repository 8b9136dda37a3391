package com.acme;

import dev.weft.Area;
import dev.weft.Ui;
import dev.weft.runtime.AppDefinition;
import dev.weft.runtime.FragmentDefinition;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Weft's definition of {@link Dashboard}: its fragment table and dispatcher.
 */
@Generated(
        value = "dev.weft.processor.WeftProcessor",
        comments = "from com.acme.Dashboard"
)
final class Dashboard_WeftApp implements AppDefinition {
    private static final List<FragmentDefinition> FRAGMENTS = List.of(
            new FragmentDefinition("intro", false, true, false, List.of(), 0L, Area.MAIN, null, false),
            new FragmentDefinition("north", true, true, true, List.of(), 0L, Area.MAIN, null, false),
            new FragmentDefinition("total", false, false, true, List.of(), 0L, Area.MAIN, null, false),
            new FragmentDefinition("south", true, true, false, List.of(), 0L, Area.MAIN, null, true));

    /**
     * Called by CDI: the Weft extension registers this class as a bean.
     */
    public Dashboard_WeftApp() {
    }

    @Override
    public Class<?> appClass() {
        return Dashboard.class;
    }

    @Override
    public String title() {
        return "Parallel Fragments";
    }

    @Override
    public String path() {
        return "/";
    }

    @Override
    public List<FragmentDefinition> fragments() {
        return FRAGMENTS;
    }

    @Override
    public Object invoke(Object app, int fragment, Ui ui, Object[] inputs) throws Exception {
        Dashboard target = (Dashboard) app;
        switch (fragment) {
            case 0:
                target.intro(ui);
                return null;
            case 1:
                return target.north(ui);
            case 2:
                return target.total();
            case 3:
                target.south(ui);
                return null;
            default:
                throw new IllegalArgumentException("No fragment " + fragment + " in com.acme.Dashboard");
        }
    }
}

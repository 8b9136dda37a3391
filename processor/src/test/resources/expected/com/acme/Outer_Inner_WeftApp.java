package com.acme;

import dev.weft.Area;
import dev.weft.Ui;
import dev.weft.runtime.AppDefinition;
import dev.weft.runtime.FragmentDefinition;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Weft's definition of {@link Outer.Inner}: its fragment table and dispatcher.
 */
@Generated(
        value = "dev.weft.processor.WeftProcessor",
        comments = "from com.acme.Outer.Inner"
)
final class Outer_Inner_WeftApp implements AppDefinition {
    private static final List<FragmentDefinition> FRAGMENTS = List.of(
            new FragmentDefinition("status", false, true, true, List.of(), 0L, Area.MAIN, null, false));

    /**
     * Called by CDI: the Weft extension registers this class as a bean.
     */
    public Outer_Inner_WeftApp() {
    }

    @Override
    public Class<?> appClass() {
        return Outer.Inner.class;
    }

    @Override
    public String title() {
        return "Inner";
    }

    @Override
    public String path() {
        return "/sales/north-2.0";
    }

    @Override
    public List<FragmentDefinition> fragments() {
        return FRAGMENTS;
    }

    @Override
    public Object invoke(Object app, int fragment, Ui ui, Object[] inputs) throws Exception {
        Outer.Inner target = (Outer.Inner) app;
        switch (fragment) {
            case 0:
                return target.status(ui);
            default:
                throw new IllegalArgumentException("No fragment " + fragment + " in com.acme.Outer.Inner");
        }
    }
}

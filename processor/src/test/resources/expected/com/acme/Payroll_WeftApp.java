package com.acme;

import dev.weft.Area;
import dev.weft.Ui;
import dev.weft.runtime.AppDefinition;
import dev.weft.runtime.FragmentDefinition;
import dev.weft.runtime.identity.Access;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Weft's definition of {@link Payroll}: its fragment table and dispatcher.
 */
@Generated(
        value = "dev.weft.processor.WeftProcessor",
        comments = "from com.acme.Payroll"
)
final class Payroll_WeftApp implements AppDefinition {
    private static final List<FragmentDefinition> FRAGMENTS = List.of(
            new FragmentDefinition("welcome", false, true, false, List.of(), 0L, Area.MAIN, null, false),
            new FragmentDefinition("total", false, true, true, List.of(), 0L, Area.MAIN, null, false, Access.anyRole("admin", "payroll")),
            new FragmentDefinition("audit", false, true, false, List.of(1), 0L, Area.MAIN, null, false, Access.anyRole("admin")));

    /**
     * Called by CDI: the Weft extension registers this class as a bean.
     */
    public Payroll_WeftApp() {
    }

    @Override
    public Class<?> appClass() {
        return Payroll.class;
    }

    @Override
    public String title() {
        return "Payroll";
    }

    @Override
    public String path() {
        return "/payroll";
    }

    @Override
    public List<FragmentDefinition> fragments() {
        return FRAGMENTS;
    }

    @Override
    public Object invoke(Object app, int fragment, Ui ui, Object[] inputs) throws Exception {
        Payroll target = (Payroll) app;
        switch (fragment) {
            case 0:
                target.welcome(ui);
                return null;
            case 1:
                return target.total(ui);
            case 2:
                target.audit(ui, (Long) inputs[0]);
                return null;
            default:
                throw new IllegalArgumentException("No fragment " + fragment + " in com.acme.Payroll");
        }
    }

    @Override
    public Access access() {
        return Access.AUTHENTICATED;
    }
}

package com.acme;

import dev.weft.Area;
import dev.weft.Limited;
import dev.weft.Ui;
import dev.weft.runtime.AppDefinition;
import dev.weft.runtime.FragmentDefinition;
import dev.weft.runtime.LimitDefinition;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Weft's definition of {@link Forecast}: its fragment table and dispatcher.
 */
@Generated(
        value = "dev.weft.processor.WeftProcessor",
        comments = "from com.acme.Forecast"
)
final class Forecast_WeftApp implements AppDefinition {
    private static final List<FragmentDefinition> FRAGMENTS = List.of(
            new FragmentDefinition("region", false, true, true, List.of(), 0L, Area.MAIN, null, false),
            new FragmentDefinition("forecast", true, true, false, List.of(0), 0L, Area.MAIN, new LimitDefinition("gpu", 1, 32, 0L, Limited.Scope.SERVER, false), false),
            new FragmentDefinition("anomalies", true, true, false, List.of(0), 0L, Area.MAIN, new LimitDefinition("gpu", 1, 32, 0L, Limited.Scope.SERVER, false), false),
            new FragmentDefinition("report", true, true, false, List.of(), 0L, Area.MAIN, new LimitDefinition("com.acme.Forecast#report", 2, 0, 30000L, Limited.Scope.SESSION, false), false),
            new FragmentDefinition("fit", false, false, true, List.of(0), 0L, Area.MAIN, new LimitDefinition("julia", 1, 100, 60000L, Limited.Scope.CLUSTER, true), false),
            new FragmentDefinition("chart", false, true, false, List.of(4), 0L, Area.MAIN, null, false));

    /**
     * Called by CDI: the Weft extension registers this class as a bean.
     */
    public Forecast_WeftApp() {
    }

    @Override
    public Class<?> appClass() {
        return Forecast.class;
    }

    @Override
    public String title() {
        return "Forecast";
    }

    @Override
    public String path() {
        return "/forecast";
    }

    @Override
    public List<FragmentDefinition> fragments() {
        return FRAGMENTS;
    }

    @Override
    public Object invoke(Object app, int fragment, Ui ui, Object[] inputs) throws Exception {
        Forecast target = (Forecast) app;
        switch (fragment) {
            case 0:
                return target.region(ui);
            case 1:
                target.forecast(ui, (String) inputs[0]);
                return null;
            case 2:
                target.anomalies(ui, (String) inputs[0]);
                return null;
            case 3:
                target.report(ui);
                return null;
            case 4:
                return target.fit((String) inputs[0]);
            case 5:
                target.chart(ui, (Double) inputs[0]);
                return null;
            default:
                throw new IllegalArgumentException("No fragment " + fragment + " in com.acme.Forecast");
        }
    }
}

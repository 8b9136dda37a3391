package com.acme;

import dev.weft.ConfinedInit;
import dev.weft.Limited;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;

@ApplicationScoped
public class Model {

    private Object runtime;

    @ConfinedInit(group = "julia")
    void start() throws IOException {
        runtime = new Object();
    }

    @Limited(group = "julia", confined = true, timeout = "60s", scope = Limited.Scope.CLUSTER)
    public double solve(double x) {
        return runtime.hashCode() * x;
    }
}

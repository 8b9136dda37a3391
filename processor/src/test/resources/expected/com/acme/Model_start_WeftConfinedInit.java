package com.acme;

import dev.weft.runtime.ConfinedInitializer;
import javax.annotation.processing.Generated;

/**
 * Weft's initializer of the confined group "julia": calls {@link Model#start()} on the group's thread.
 */
@Generated(
        value = "dev.weft.processor.WeftProcessor",
        comments = "from com.acme.Model#start"
)
final class Model_start_WeftConfinedInit implements ConfinedInitializer {
    /**
     * Called by the Weft extension, which finds this class at build time.
     */
    public Model_start_WeftConfinedInit() {
    }

    @Override
    public String group() {
        return "julia";
    }

    @Override
    public Class<?> beanClass() {
        return Model.class;
    }

    @Override
    public void initialize(Object bean) throws Exception {
        ((Model) bean).start();
    }
}

package dev.weft.runtime;

/**
 * What the Weft annotation processor generates for each {@link dev.weft.ConfinedInit} method: calls
 * it directly, without reflection, on the bean that declares it.
 *
 * <p>An SPI between generated code and the runtime, public only because generated classes live in
 * the user's package. Applications never implement or call it.
 */
public interface ConfinedInitializer {

    /** The confined group the method initializes ({@code @ConfinedInit(group)}). */
    String group();

    /** The bean class that declares the method; the runtime asks CDI for its instance. */
    Class<?> beanClass();

    /**
     * Calls the method on {@code bean}, on the group's own thread.
     *
     * @param bean the CDI instance of {@link #beanClass()}
     * @throws Exception whatever the method throws
     */
    void initialize(Object bean) throws Exception;
}

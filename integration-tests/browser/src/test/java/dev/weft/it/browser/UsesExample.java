package dev.weft.it.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Which example app {@link WeftBrowserExtension} starts for the tests of the annotated class;
 * without it, {@link Example#DASHBOARD}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface UsesExample {

    /** The example the class's tests open. */
    Example value();
}

/**
 * Weft's configuration ({@code quarkus.weft.*}) as a {@code @ConfigMapping}, and its access from code
 * that is not a bean. Internal; the lowest floor: it uses no other package of the runtime.
 */
package dev.weft.runtime.config;

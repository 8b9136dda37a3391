/**
 * Readiness checks for SmallRye Health: the sessions a server holds against its maximum, and the
 * Redis of cluster limits. Beans only when the application has SmallRye Health (the deployment
 * module's {@code HealthProcessor} registers them and marks them {@code @Readiness}). Internal.
 */
package dev.weft.runtime.health;

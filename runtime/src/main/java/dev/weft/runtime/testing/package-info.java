/**
 * The headless test harness behind {@link dev.weft.testing.AppTester}: sessions driven without a
 * browser. Internal; the top floor: nothing in the runtime uses it.
 */
package dev.weft.runtime.testing;

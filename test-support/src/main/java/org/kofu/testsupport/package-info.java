/**
 * Helpers shared by the tests of several modules: {@link org.kofu.testsupport.ScratchPostgres}, a
 * fresh PostgreSQL database dropped after the test class, and {@link
 * org.kofu.testsupport.MutableClock}. Used with test scope only.
 */
package org.kofu.testsupport;

/**
 * Helpers shared by the tests of several modules: {@link org.kofu.testsupport.ScratchPostgres}, a
 * fresh PostgreSQL database dropped after the test class; {@link
 * org.kofu.testsupport.DeployedProjectDb}, one with the deployment's roles; {@link
 * org.kofu.testsupport.MutableClock}; {@link org.kofu.testsupport.DevCa}, the development
 * certificates. Used with test scope only.
 */
package org.kofu.testsupport;

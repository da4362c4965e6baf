/**
 * Throw-away databases for integration tests and demos: {@link
 * org.kofu.demodata.testdb.ScratchPostgres} creates a fresh PostgreSQL database and drops it after.
 */
package org.kofu.demodata.testdb;

/**
 * Loading generated data into a demo copy of the existing systems: {@link
 * org.kofu.demodata.load.PostgresLoader} (COPY) and {@link org.kofu.demodata.load.H2Loader} (JDBC
 * batches).
 */
package org.kofu.demodata.load;

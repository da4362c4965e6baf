/**
 * The project's own database: Flyway migrations in {@code db/project} (V1_x admin, V2_x batch, V3_x
 * issuance log) and the code several processes share over them.
 */
package org.kofu.projectdb;

/**
 * The existing systems' tables as DDL resources (PostgreSQL original, H2 copy), the H2 triggers
 * that reproduce the PostgreSQL journal functions, and {@link
 * org.kofu.demodata.schema.LegacySchema}.
 */
package org.kofu.demodata.schema;

/**
 * The deterministic generator of demo data for the existing systems' tables: {@link
 * org.kofu.demodata.generate.DemoDataGenerator} streams rows of each {@link
 * org.kofu.demodata.generate.LegacyTable} to a {@link org.kofu.demodata.generate.RowSink}.
 */
package org.kofu.demodata.generate;

/**
 * The Quartz schedule (clustered JDBC job store in the project database): each firing launches a
 * Spring Batch job; the closing calendar keeps the intraday delta off on closed days.
 */
package org.kofu.batch.schedule;

/** The batch's own meters for alerting: delta lag per change journal, recent failed jobs. */
package org.kofu.batch.metrics;

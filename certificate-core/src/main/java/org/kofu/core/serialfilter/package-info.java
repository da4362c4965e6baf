/**
 * The process-wide filter on Java deserialization: what Quartz (job data, calendars), Spring Batch
 * (execution contexts) and Spring Integration (the partition requests' message store) read back
 * from the project database is limited to the classes they store.
 */
package org.kofu.core.serialfilter;

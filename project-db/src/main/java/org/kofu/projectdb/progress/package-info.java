/**
 * How far a Spring Batch job execution is, counted the same way by the batch nodes and the admin
 * from what the JobRepository records.
 */
package org.kofu.projectdb.progress;

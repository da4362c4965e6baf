/**
 * The contract between the batch nodes and the admin over the clustered Quartz store and the
 * JobRepository: the job names, the groups and job-data keys of the triggers, and the closing
 * calendar the delta triggers use. The batch nodes fire what the admin stores, so both build it
 * here.
 */
package org.kofu.projectdb.jobs;

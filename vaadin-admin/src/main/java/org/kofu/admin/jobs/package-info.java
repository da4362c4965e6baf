/**
 * Job control across processes: the admin runs no batch job. It reads history, progress, step
 * statistics and skips from the batch nodes' JobRepository tables, asks for a launch or restart by
 * storing a one-shot trigger in their clustered Quartz store (which a batch node fires), stops and
 * abandons through the JobRepository, and edits the cron triggers there.
 */
package org.kofu.admin.jobs;

package org.kofu.admin.jobs;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/**
 * Stands in for the batch nodes' Quartz job class, which the admin does not have: Quartz loads a
 * job's class when a trigger is stored for it. Non-concurrent like {@code LaunchBatchJob}, so a
 * trigger stored while the job runs is blocked as it would be on a batch node. The admin's
 * scheduler is never started, so this never runs.
 */
@DisallowConcurrentExecution
public final class RunsOnBatchNode implements Job {

  @Override
  public void execute(JobExecutionContext context) throws JobExecutionException {
    throw new JobExecutionException("batch jobs run on the batch nodes, not in the admin");
  }
}

package org.kofu.batch.schedule;

import org.kofu.projectdb.jobs.BatchJob;

/**
 * Which job the delta firings launch. The delta's own properties answer it ({@code
 * kofu.batch.delta.mode}), so the schedule launches the delta without depending on its package.
 */
public interface DeltaLaunch {

  BatchJob firedJob();
}

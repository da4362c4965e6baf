package org.kofu.admin.jobs;

import java.time.Instant;

/** A cron trigger of a job in the batch nodes' Quartz store. */
public record ScheduleEntry(
    String trigger, String job, String cron, String zone, String calendar, Instant nextFire) {}

package org.kofu.admin.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kofu.admin.jobs.*}.
 *
 * @param schedulerName the batch nodes' {@code org.quartz.scheduler.instanceName}: Quartz keeps
 *     each scheduler's rows apart by this name, so it must match theirs
 * @param poll how often the jobs view refreshes its progress bars
 * @param history executions listed per job
 */
@ConfigurationProperties("kofu.admin.jobs")
public record JobsProperties(
    @DefaultValue("kofu-batch") String schedulerName,
    @DefaultValue("1s") Duration poll,
    @DefaultValue("10") int history) {}

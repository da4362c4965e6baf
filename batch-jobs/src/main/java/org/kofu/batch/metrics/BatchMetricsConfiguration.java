package org.kofu.batch.metrics;

import io.micrometer.core.instrument.config.MeterFilter;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.kofu.core.legacy.LegacySourcesConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers {@link BatchMetrics} on the project database and the two change journals, and keeps
 * Spring Batch's active-jobs timer exportable.
 */
@Configuration(proxyBeanMethods = false)
class BatchMetricsConfiguration {

  @Bean
  BatchMetrics batchMetrics(
      DataSource dataSource,
      @Qualifier(LegacySourcesConfiguration.MADOGUCHI) DataSource madoguchi,
      @Qualifier(LegacySourcesConfiguration.KOSEKI) DataSource koseki,
      Clock clock) {
    return new BatchMetrics(
        dataSource,
        List.of(
            new BatchMetrics.Journal("MADOGUCHI", "madoguchi.change_journal", madoguchi),
            new BatchMetrics.Journal("KOSEKI", "koseki.change_journal", koseki)),
        clock);
  }

  /**
   * Spring Batch 5.2 registers {@code spring.batch.job.active} twice, once tagged {@code
   * spring.batch.job.active.name} and once through its observation with the job's name and status
   * (spring-batch#4753): Prometheus refuses the second, with a warning at every start. Only the
   * observation's one, the more telling, is kept.
   */
  @Bean
  MeterFilter oneActiveJobsTimer() {
    return MeterFilter.deny(
        id ->
            "spring.batch.job.active".equals(id.getName())
                && id.getTag("spring.batch.job.active.name") != null);
  }
}

package org.kofu.batch.metrics;

import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.kofu.core.legacy.LegacySourcesConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@link BatchMetrics} on the project database and the two change journals. */
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
}

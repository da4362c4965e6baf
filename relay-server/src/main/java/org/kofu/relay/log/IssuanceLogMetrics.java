package org.kofu.relay.log;

import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.kofu.projectdb.chain.ChainCheckProperties;
import org.kofu.projectdb.chain.ChainMetrics;
import org.kofu.projectdb.chain.ChainTable;
import org.kofu.projectdb.chain.HashChain;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Verifies the issuance log chain every {@code kofu.chain-check.interval} and exports the result
 * ({@code kofu_chain_intact{chain="issuance"}}), so that a broken chain raises an alert
 * (ops/monitoring).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ChainCheckProperties.class)
class IssuanceLogMetrics {

  @Bean(ChainMetrics.SCHEDULER)
  ThreadPoolTaskScheduler chainCheckScheduler() {
    return ChainMetrics.scheduler();
  }

  @Bean
  ChainMetrics issuanceChainMetrics(
      DataSource dataSource,
      ChainCheckProperties properties,
      @Qualifier(ChainMetrics.SCHEDULER) TaskScheduler scheduler) {
    return new ChainMetrics(
        new HashChain(dataSource),
        List.of(ChainTable.ISSUANCE),
        properties.interval(),
        Clock.systemUTC(),
        scheduler);
  }
}

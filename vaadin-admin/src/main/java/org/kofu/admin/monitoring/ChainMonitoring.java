package org.kofu.admin.monitoring;

import java.time.Clock;
import java.util.List;
import org.kofu.projectdb.chain.ChainCheckProperties;
import org.kofu.projectdb.chain.ChainMetrics;
import org.kofu.projectdb.chain.ChainTable;
import org.kofu.projectdb.chain.HashChain;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Verifies the audit and issuance chains every {@code kofu.chain-check.interval} and exports the
 * result ({@code kofu_chain_intact{chain}}) for the alert on a broken chain (ops/monitoring). Not
 * in the command-line runs, which have no web server to export it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(ChainCheckProperties.class)
class ChainMonitoring {

  @Bean(ChainMetrics.SCHEDULER)
  ThreadPoolTaskScheduler chainCheckScheduler() {
    return ChainMetrics.scheduler();
  }

  @Bean
  ChainMetrics chainMetrics(
      HashChain hashChain,
      ChainCheckProperties properties,
      @Qualifier(ChainMetrics.SCHEDULER) TaskScheduler scheduler) {
    return new ChainMetrics(
        hashChain,
        List.of(ChainTable.AUDIT, ChainTable.ISSUANCE),
        properties.interval(),
        Clock.systemUTC(),
        scheduler);
  }
}

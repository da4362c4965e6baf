package org.kofu.relay.log;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The one thread of {@link IssuanceLogChainer} ({@code kofu-issuance-log-chainer-1}): one thread,
 * so that this node's chaining runs one batch after another (the chain's head lock orders it with
 * the other nodes').
 */
@Configuration(proxyBeanMethods = false)
class ChainerScheduler {

  static final String BEAN = "issuanceLogChainScheduler";

  @Bean(BEAN)
  ThreadPoolTaskScheduler issuanceLogChainScheduler() {
    ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    scheduler.setPoolSize(1);
    scheduler.setThreadNamePrefix("kofu-issuance-log-chainer-");
    scheduler.setDaemon(true);
    scheduler.setRemoveOnCancelPolicy(true);
    // the records of the requests answered during the web server's graceful shutdown are chained
    // too; the chainer stops after the web server, and this scheduler after the chainer
    scheduler.setAcceptTasksAfterContextClose(true);
    return scheduler;
  }
}

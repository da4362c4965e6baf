package org.kofu.relay.budget;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The request workers ({@code relay-request-N}): at most {@code kofu.relay.budget.workers} at once,
 * handed over without a queue, so that past the bound a request is refused at once rather than left
 * waiting past its budget.
 */
@Configuration(proxyBeanMethods = false)
class RequestWorkers {

  static final String BEAN = "relayRequestExecutor";

  @Bean(BEAN)
  ThreadPoolTaskExecutor relayRequestExecutor(BudgetProperties properties) {
    ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    executor.setCorePoolSize(0);
    executor.setMaxPoolSize(properties.workers());
    executor.setQueueCapacity(0);
    executor.setKeepAliveSeconds(60);
    executor.setThreadNamePrefix("relay-request-");
    executor.setDaemon(true);
    // the requests still in progress while the web server shuts down gracefully are answered
    executor.setAcceptTasksAfterContextClose(true);
    return executor;
  }
}

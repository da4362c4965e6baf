package org.kofu.relay.cache;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads of {@link CacheCalls} ({@code relay-cache-call-N}): at most {@code
 * kofu.relay.cache.call-threads} at once, handed over without a queue, so that past the bound a
 * read is a miss at once rather than a wait.
 */
@Configuration(proxyBeanMethods = false)
class CacheCallThreads {

  static final String BEAN = "relayCacheCallExecutor";

  @Bean(BEAN)
  ThreadPoolTaskExecutor relayCacheCallExecutor(CacheClientProperties properties) {
    return executor(properties.callThreads());
  }

  static ThreadPoolTaskExecutor executor(int threads) {
    ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    executor.setCorePoolSize(0);
    executor.setMaxPoolSize(threads);
    executor.setQueueCapacity(0);
    executor.setKeepAliveSeconds(60);
    executor.setThreadNamePrefix("relay-cache-call-");
    executor.setDaemon(true);
    // the requests still in progress while the web server shuts down gracefully read the cache
    executor.setAcceptTasksAfterContextClose(true);
    return executor;
  }
}

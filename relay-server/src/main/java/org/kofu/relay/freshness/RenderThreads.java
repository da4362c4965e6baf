package org.kofu.relay.freshness;

import org.kofu.relay.RelayProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The on-demand rendering threads of {@link TimedRenderer} ({@code relay-render-N}): {@code
 * kofu.relay.render-threads} of them (0: one per processor), the renderings beyond them waiting in
 * the queue within their request's time.
 */
@Configuration(proxyBeanMethods = false)
class RenderThreads {

  static final String BEAN = "relayRenderExecutor";

  @Bean(BEAN)
  ThreadPoolTaskExecutor relayRenderExecutor(RelayProperties properties) {
    return executor(properties);
  }

  static ThreadPoolTaskExecutor executor(RelayProperties properties) {
    int threads =
        properties.renderThreads() > 0
            ? properties.renderThreads()
            : Runtime.getRuntime().availableProcessors();
    ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    executor.setCorePoolSize(threads);
    executor.setMaxPoolSize(threads);
    executor.setThreadNamePrefix("relay-render-");
    executor.setDaemon(true);
    // the requests still in progress while the web server shuts down gracefully may render
    executor.setAcceptTasksAfterContextClose(true);
    return executor;
  }
}

package org.kofu.relay.freshness;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.render.CertificateRenderer;
import org.kofu.core.render.body.RenderedBody;
import org.kofu.relay.RelayProperties;
import org.kofu.relay.budget.Deadline;
import org.kofu.relay.problem.RelayException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Renders in the cache's form ({@link CertificateRenderer#renderForCache}) on the rendering threads
 * ({@link RenderThreads}) within the configured time. On a timeout the request is abandoned: the
 * rendering is interrupted and whatever it produces is dropped, so nothing half-done reaches the
 * cache or a later request (only the request thread writes the cache, after a completed rendering).
 */
@Component
public class TimedRenderer {

  private final CertificateRenderer renderer;
  private final Duration timeout;
  private final ThreadPoolTaskExecutor pool;

  @Autowired
  TimedRenderer(
      CertificateRenderer renderer,
      RelayProperties properties,
      @Qualifier(RenderThreads.BEAN) ThreadPoolTaskExecutor pool) {
    this.renderer = renderer;
    this.timeout = properties.renderTimeout();
    this.pool = pool;
  }

  /** Outside Spring (tests), on threads of its own that are daemons and never shut down. */
  TimedRenderer(CertificateRenderer renderer, RelayProperties properties) {
    this(renderer, properties, initialized(RenderThreads.executor(properties)));
  }

  private static ThreadPoolTaskExecutor initialized(ThreadPoolTaskExecutor executor) {
    executor.initialize();
    return executor;
  }

  public RenderedBody render(CertificateContent content) {
    Future<RenderedBody> rendering = pool.submit(() -> renderer.renderForCache(content));
    try {
      // within what is left of the request's budget
      return rendering.get(Deadline.remainingOr(timeout).toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      rendering.cancel(true);
      throw RelayException.unavailable(
          "SOURCE_UNAVAILABLE", "rendering did not finish in time", Duration.ofSeconds(5));
    } catch (InterruptedException e) {
      rendering.cancel(true);
      Thread.currentThread().interrupt();
      throw RelayException.unavailable("SOURCE_UNAVAILABLE", "interrupted", Duration.ofSeconds(5));
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("rendering failed", e.getCause());
    }
  }
}

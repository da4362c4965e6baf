package org.kofu.kiosk.load;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The relays' Prometheus endpoints scraped every interval from the load's start, as the operators'
 * Prometheus does (ops/monitoring/prometheus.yml). A relay in service is scraped all day; scraped
 * only as the counted part began, its management connector's first requests in minutes sent the JIT
 * back over the HTTP code both connectors share, recompiled inside the counted minute
 * (docs/performance.md, session 22), which a relay in service never does.
 */
public final class PeriodicScrapes implements AutoCloseable {

  /** ops/monitoring/prometheus.yml's scrape_interval. */
  public static final Duration PROMETHEUS_INTERVAL = Duration.ofSeconds(30);

  private final ScheduledExecutorService timer;
  private final AtomicLong scrapes = new AtomicLong();

  public PeriodicScrapes(List<URI> endpoints, Duration interval) {
    timer =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "prometheus-scrapes");
              thread.setDaemon(true);
              return thread;
            });
    if (!endpoints.isEmpty()) {
      timer.scheduleAtFixedRate(
          () -> scrape(endpoints), 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /** Rounds done so far, each a scrape of every endpoint (answered or not). */
  public long scrapes() {
    return scrapes.get();
  }

  private void scrape(List<URI> endpoints) {
    try {
      PhaseMetrics.scrape(endpoints);
      scrapes.incrementAndGet();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}

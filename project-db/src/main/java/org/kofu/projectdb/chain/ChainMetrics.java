package org.kofu.projectdb.chain;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Verifies chained tables periodically on a background thread and exports the outcome, so that a
 * broken chain raises an alert without anyone opening the admin. Each check reads only the links
 * added since the last one ({@link HashChain#verifySinceCheckpoint}), so its cost follows the
 * traffic, not the chain's length; a full verification is on demand. {@code
 * kofu.chain.intact{chain}} (1 intact, 0 broken, NaN before the first check or when the check
 * fails), {@code kofu.chain.links{chain}} and {@code kofu.chain.checked.timestamp{chain}} (epoch
 * seconds of the last completed check, to alert on checks that stopped).
 */
public final class ChainMetrics implements MeterBinder, SmartLifecycle, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ChainMetrics.class);

  private final HashChain chain;
  private final List<ChainTable> tables;
  private final Duration interval;
  private final Clock clock;
  private final Map<String, ChainVerification> results = new ConcurrentHashMap<>();
  private final Map<String, Long> checkedAt = new ConcurrentHashMap<>();
  private volatile boolean running;
  private final ScheduledExecutorService executor =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "kofu-chain-check");
            thread.setDaemon(true);
            return thread;
          });

  public ChainMetrics(HashChain chain, List<ChainTable> tables, Duration interval, Clock clock) {
    this.chain = chain;
    this.tables = List.copyOf(tables);
    this.interval = interval;
    this.clock = clock;
  }

  /**
   * Starts the periodic checks, the first one now, in the background. As a Spring bean this runs
   * once the context is refreshed, so after the database migrations.
   */
  @Override
  public void start() {
    if (running) {
      return;
    }
    running = true;
    executor.scheduleWithFixedDelay(
        this::checkAll, 0, Math.max(1, interval.toSeconds()), TimeUnit.SECONDS);
  }

  @Override
  public void stop() {
    running = false;
    executor.shutdownNow();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Checks every table once, in the calling thread. */
  public void checkAll() {
    for (ChainTable table : tables) {
      try {
        ChainVerification result = chain.verifySinceCheckpoint(table);
        results.put(table.chainName(), result);
        checkedAt.put(table.chainName(), clock.instant().getEpochSecond());
        if (!result.intact()) {
          log.error("{} chain: {}", table.chainName(), result.describe());
        }
      } catch (RuntimeException e) {
        results.remove(table.chainName());
        log.warn("{} chain could not be checked: {}", table.chainName(), e.toString());
      }
    }
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (ChainTable table : tables) {
      String name = table.chainName();
      Gauge.builder("kofu.chain.intact", results, r -> intact(r.get(name)))
          .tag("chain", name)
          .description("1 when the last verification found the chain intact, 0 when broken")
          .register(registry);
      Gauge.builder("kofu.chain.links", results, r -> links(r.get(name)))
          .tag("chain", name)
          .description("links read by the last verification (those added since the one before)")
          .register(registry);
      Gauge.builder("kofu.chain.checked.timestamp", checkedAt, c -> c.getOrDefault(name, 0L))
          .tag("chain", name)
          .description("epoch seconds of the last completed verification")
          .register(registry);
    }
  }

  private static double intact(ChainVerification result) {
    if (result == null) {
      return Double.NaN;
    }
    return result.intact() ? 1 : 0;
  }

  private static double links(ChainVerification result) {
    return result == null ? Double.NaN : result.linksChecked();
  }

  @Override
  public void close() {
    stop();
  }
}

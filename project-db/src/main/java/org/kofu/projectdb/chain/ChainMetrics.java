package org.kofu.projectdb.chain;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Verifies chained tables periodically on a scheduler's thread ({@link #scheduler()}) and exports
 * the outcome, so that a broken chain raises an alert without anyone opening the admin. Each check
 * reads only the links added since the last one ({@link HashChain#verifySinceCheckpoint}), so its
 * cost follows the traffic, not the chain's length; a full verification is on demand. {@code
 * kofu.chain.intact{chain}} (1 intact, 0 broken, NaN before the first check or when the check
 * fails), {@code kofu.chain.links{chain}} and {@code kofu.chain.checked.timestamp{chain}} (epoch
 * seconds of the last completed check, to alert on checks that stopped).
 */
public final class ChainMetrics implements MeterBinder, SmartLifecycle {

  /** The name of the scheduler bean of a role that exports these metrics. */
  public static final String SCHEDULER = "chainCheckScheduler";

  private static final Logger log = LoggerFactory.getLogger(ChainMetrics.class);
  private static final Duration MIN_INTERVAL = Duration.ofSeconds(1);

  private final HashChain chain;
  private final List<ChainTable> tables;
  private final Duration interval;
  private final Clock clock;
  private final Map<String, ChainVerification> results = new ConcurrentHashMap<>();
  private final Map<String, Long> checkedAt = new ConcurrentHashMap<>();
  private final TaskScheduler scheduler;
  private volatile ScheduledFuture<?> checks;

  public ChainMetrics(
      HashChain chain,
      List<ChainTable> tables,
      Duration interval,
      Clock clock,
      TaskScheduler scheduler) {
    this.chain = chain;
    this.tables = List.copyOf(tables);
    this.interval = interval;
    this.clock = clock;
    this.scheduler = scheduler;
  }

  /**
   * A scheduler of one thread for the checks, a bean named {@value #SCHEDULER}: a check waits for
   * the one before (a slow database never piles them up) and delays nothing else. It takes no new
   * check once the context closes.
   */
  public static ThreadPoolTaskScheduler scheduler() {
    ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    scheduler.setPoolSize(1);
    scheduler.setThreadNamePrefix("kofu-chain-check-");
    scheduler.setDaemon(true);
    scheduler.setRemoveOnCancelPolicy(true);
    return scheduler;
  }

  /**
   * Starts the periodic checks, the first one now, in the background. As a Spring bean this runs
   * once the context is refreshed, so after the database migrations.
   */
  @Override
  public synchronized void start() {
    if (checks == null) {
      Duration delay = interval.compareTo(MIN_INTERVAL) < 0 ? MIN_INTERVAL : interval;
      checks = scheduler.scheduleWithFixedDelay(this::checkAll, delay);
    }
  }

  @Override
  public synchronized void stop() {
    if (checks != null) {
      checks.cancel(false);
      checks = null;
    }
  }

  @Override
  public boolean isRunning() {
    return checks != null;
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
}

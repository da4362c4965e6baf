package org.kofu.relay.canary;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import javax.sql.DataSource;
import org.kofu.projectdb.chain.ChainTable;
import org.kofu.projectdb.chain.HashChain;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The canary's verdict where it is seen: the health indicator {@code canary} (in the readiness
 * group: DOWN naming the failing check), Spring Boot's readiness state (REFUSING_TRAFFIC until a
 * canary passed), {@code kofu_relay_canary_passed} and {@code kofu_relay_canary_failed} for the
 * alerts, and one record per verdict in the audit chain.
 */
@Component("canary")
public class CanaryStatus implements HealthIndicator {

  /** The audit actions. */
  static final String PASSED = "CANARY_PASSED";

  static final String FAILED = "CANARY_FAILED";

  private static final Logger log = LoggerFactory.getLogger(CanaryStatus.class);

  private final ApplicationEventPublisher events;
  private final HashChain audit;
  private final MeterRegistry registry;
  private volatile CanaryResult last =
      new CanaryResult(CanaryResult.State.RUNNING, null, null, null);

  CanaryStatus(
      ApplicationEventPublisher events, DataSource projectDataSource, MeterRegistry registry) {
    this.events = events;
    this.audit = new HashChain(projectDataSource);
    this.registry = registry;
    Gauge.builder("kofu.relay.canary.passed", this, s -> s.last.ready() ? 1 : 0)
        .description("1 when the last canary passed (or the canary is opted out)")
        .register(registry);
    Gauge.builder(
            "kofu.relay.canary.failed",
            this,
            s -> s.last.state() == CanaryResult.State.FAILED ? 1 : 0)
        .description("1 when the last canary failed: the node is out of service")
        .register(registry);
  }

  /** Whether this node may serve: a canary passed, or the canary is opted out. */
  public boolean ready() {
    return last.ready();
  }

  /**
   * Whether the center's health check answers 503: while the first canary runs and after one
   * failed. While it waits for the service to open, every request is refused by the calendar
   * anyway, and the readiness group stays DOWN.
   */
  public boolean outOfService() {
    CanaryResult.State state = last.state();
    return state == CanaryResult.State.RUNNING || state == CanaryResult.State.FAILED;
  }

  CanaryResult last() {
    return last;
  }

  @Override
  public Health health() {
    CanaryResult result = last;
    Health.Builder health = result.ready() ? Health.up() : Health.down();
    health.withDetail("state", result.state().name());
    if (result.check() != null) {
      health.withDetail("check", result.check());
    }
    if (result.detail() != null) {
      health.withDetail("detail", result.detail());
    }
    if (result.at() != null) {
      health.withDetail("at", result.at().toString());
    }
    return health.build();
  }

  /**
   * The first run starts: Spring Boot's ACCEPTING_TRAFFIC is taken back once every listener has
   * seen it (published before, it would be overtaken by Boot's own), so the node stays out of
   * service until the canary passes.
   */
  void starting(ApplicationAvailability availability) throws InterruptedException {
    long until = System.nanoTime() + 5_000_000_000L;
    while (availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC
        && System.nanoTime() < until) {
      Thread.sleep(10); // Boot's state is set by the event this thread was started from
    }
    if (!last.ready()) {
      events.publishEvent(new AvailabilityChangeEvent<>(this, ReadinessState.REFUSING_TRAFFIC));
    }
  }

  void record(CanaryResult result, String actor) {
    last = result;
    Counter.builder("kofu.relay.canary.runs")
        .tag("state", result.state().name())
        .register(registry)
        .increment();
    ReadinessState readiness =
        result.ready() ? ReadinessState.ACCEPTING_TRAFFIC : ReadinessState.REFUSING_TRAFFIC;
    events.publishEvent(new AvailabilityChangeEvent<>(this, readiness));
    switch (result.state()) {
      case PASSED -> log.info("canary passed: {}", result.detail());
      case FAILED -> log.error("canary failed, check {}: {}", result.check(), result.detail());
      case WAITING -> log.warn("canary waits: service closed ({})", result.detail());
      case OPTED_OUT ->
          log.warn("canary opted out (kofu.relay.canary.mode=OFF): this node is not self-tested");
      default -> {}
    }
    if (result.state() == CanaryResult.State.PASSED
        || result.state() == CanaryResult.State.FAILED) {
      String action = result.state() == CanaryResult.State.PASSED ? PASSED : FAILED;
      String detail =
          (result.check() == null ? "" : result.check() + ": ") + result.detail() + " @" + host();
      try {
        audit.append(ChainTable.AUDIT, List.of(result.at(), actor, action, detail, host()));
      } catch (RuntimeException e) {
        log.error("canary audit record failed: {}", e.getClass().getSimpleName());
      }
    }
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown";
    }
  }
}

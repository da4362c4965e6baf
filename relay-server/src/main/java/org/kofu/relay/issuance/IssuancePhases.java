package org.kofu.relay.issuance;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.kofu.relay.RelayProperties;
import org.kofu.relay.freshness.BodySource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * How long each step of an issuance took ({@code kofu_relay_issuance_phase_seconds{phase,source}}):
 * when answers slow down, whether the existing systems, the cache, rendering or the project
 * database is the cause. Histograms with the targets as buckets (20 ms from the cache, 150 ms on
 * demand), so the percentiles of all nodes can be added up. An issuance slower than {@code
 * kofu.relay.slow-issuance} is logged with its steps (request id, source and times only), so that
 * the slow ones can be set beside the process's GC and the database's log.
 */
@Component
class IssuancePhases {

  /** The steps of {@link IssuanceService}, in order; ALL is the whole request. */
  enum Phase {
    /** the idempotency lookup and the service calendar */
    GATE,
    /** the person and the rules */
    PERSON,
    /** a fresh body from the cache or rendered */
    BODY,
    /** the number drawn and the stamps set */
    STAMP,
    /** the issuance stored and logged */
    COMMIT,
    ALL
  }

  private static final Logger log = LoggerFactory.getLogger(IssuancePhases.class);

  private final Map<BodySource, Map<Phase, Timer>> timers = new EnumMap<>(BodySource.class);
  private final long slowNanos;

  @Autowired
  IssuancePhases(MeterRegistry registry, RelayProperties properties) {
    this(registry, properties.slowIssuance());
  }

  IssuancePhases(MeterRegistry registry, Duration slowIssuance) {
    this.slowNanos = slowIssuance.toNanos();
    for (BodySource source : BodySource.values()) {
      Map<Phase, Timer> bySource = new EnumMap<>(Phase.class);
      for (Phase phase : Phase.values()) {
        bySource.put(
            phase,
            Timer.builder("kofu.relay.issuance.phase")
                .description("time of each step of an issued certificate")
                .tag("phase", label(phase))
                .tag("source", label(source))
                .serviceLevelObjectives(
                    Duration.ofMillis(1),
                    Duration.ofMillis(2),
                    Duration.ofMillis(5),
                    Duration.ofMillis(10),
                    Duration.ofMillis(20),
                    Duration.ofMillis(50),
                    Duration.ofMillis(150),
                    Duration.ofMillis(500),
                    Duration.ofSeconds(2))
                .register(registry));
      }
      timers.put(source, bySource);
    }
  }

  /**
   * Records the steps of one issued certificate: {@code ends[phase.ordinal()]} is the {@link
   * System#nanoTime()} at which each step but ALL ended.
   */
  void record(String requestId, BodySource source, long start, long[] ends) {
    Map<Phase, Timer> bySource = timers.get(source);
    long from = start;
    for (Phase phase : Phase.values()) {
      if (phase != Phase.ALL) {
        bySource.get(phase).record(ends[phase.ordinal()] - from, TimeUnit.NANOSECONDS);
        from = ends[phase.ordinal()];
      }
    }
    bySource.get(Phase.ALL).record(from - start, TimeUnit.NANOSECONDS);
    if (from - start > slowNanos) {
      log.info("slow issuance {} from {}, ms:{}", requestId, label(source), steps(start, ends));
    }
  }

  private static String steps(long start, long[] ends) {
    StringBuilder steps = new StringBuilder();
    long from = start;
    for (Phase phase : Phase.values()) {
      long end = phase == Phase.ALL ? ends[Phase.COMMIT.ordinal()] : ends[phase.ordinal()];
      long took = phase == Phase.ALL ? end - start : end - from;
      steps.append(' ').append(label(phase)).append(' ');
      appendTenths(steps, took);
      from = end;
    }
    return steps.toString();
  }

  /**
   * Milliseconds with one decimal, rounded half up: what {@code %.1f} printed, without a {@code
   * Formatter} per step (the bench logs every issuance, and the formatters were a tenth of what a
   * relay allocated).
   */
  static void appendTenths(StringBuilder to, long nanos) {
    long tenths = (Math.abs(nanos) + 50_000) / 100_000;
    if (nanos < 0 && tenths > 0) {
      to.append('-');
    }
    to.append(tenths / 10).append('.').append(tenths % 10);
  }

  private static String label(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}

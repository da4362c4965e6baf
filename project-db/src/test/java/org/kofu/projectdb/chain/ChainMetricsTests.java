package org.kofu.projectdb.chain;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kofu.projectdb.TestDatabases;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

class ChainMetricsTests {

  private final Clock clock = Clock.fixed(Instant.parse("2026-11-26T01:00:00Z"), ZoneOffset.UTC);
  private final ThreadPoolTaskScheduler scheduler = ChainMetrics.scheduler();

  @BeforeEach
  void startScheduler() {
    scheduler.initialize();
  }

  @AfterEach
  void stopScheduler() {
    scheduler.shutdown();
  }

  @Test
  void exportsIntactThenBrokenAfterATamperedLink() {
    DataSource dataSource = TestDatabases.h2();
    HashChain chain = new HashChain(dataSource);
    Instant at = Instant.parse("2026-11-25T01:02:03Z");
    chain.append(ChainTable.AUDIT, List.of(at, "officer", "LOGIN", "", "10.0.0.1"));
    chain.append(ChainTable.AUDIT, List.of(at, "officer", "LOGOUT", "", "10.0.0.1"));
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    ChainMetrics metrics =
        new ChainMetrics(chain, List.of(ChainTable.AUDIT), Duration.ofMinutes(5), clock, scheduler);
    metrics.bindTo(registry);
    assertThat(gauge(registry, "kofu.chain.intact")).isNaN();

    metrics.checkAll();
    assertThat(gauge(registry, "kofu.chain.intact")).isEqualTo(1.0);
    assertThat(gauge(registry, "kofu.chain.links")).isEqualTo(2.0);
    assertThat(gauge(registry, "kofu.chain.checked.timestamp"))
        .isEqualTo((double) clock.instant().getEpochSecond());

    new JdbcTemplate(dataSource).update("UPDATE audit_log SET actor = 'x' WHERE seq = 2");
    metrics.checkAll();
    assertThat(gauge(registry, "kofu.chain.intact")).isZero();
  }

  @Test
  void startingChecksAtOnceOnTheSchedulerAndStoppingCancelsTheRest() throws Exception {
    HashChain chain = new HashChain(TestDatabases.h2());
    chain.append(
        ChainTable.AUDIT,
        List.of(Instant.parse("2026-11-25T01:02:03Z"), "officer", "LOGIN", "", "10.0.0.1"));
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    ChainMetrics metrics =
        new ChainMetrics(chain, List.of(ChainTable.AUDIT), Duration.ofHours(1), clock, scheduler);
    metrics.bindTo(registry);

    metrics.start();
    // the scheduler has one thread: what is submitted after the first check runs after it
    String checkedOn = scheduler.submit(() -> Thread.currentThread().getName()).get(10, SECONDS);

    assertThat(metrics.isRunning()).isTrue();
    assertThat(gauge(registry, "kofu.chain.intact")).isEqualTo(1.0);
    assertThat(checkedOn).startsWith("kofu-chain-check-");
    metrics.stop();
    assertThat(metrics.isRunning()).isFalse();
    assertThat(scheduler.getScheduledThreadPoolExecutor().getQueue()).isEmpty();
  }

  private static double gauge(SimpleMeterRegistry registry, String name) {
    return registry.get(name).tag("chain", "audit").gauge().value();
  }
}

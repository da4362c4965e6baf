package org.kofu.relay.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.HazelcastInstance;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.kofu.cache.testing.TestCluster;
import org.kofu.kiosk.load.LoadDriver;
import org.kofu.kiosk.load.LoadPlan;
import org.kofu.kiosk.load.LoadReport;
import org.kofu.kiosk.load.PersonSnapshots;
import org.kofu.relay.support.RelayNode;
import org.kofu.relay.support.TestLegacy;

/**
 * A relay as a client of a real 3-member cache cluster, under the load driver; one member is
 * terminated (no graceful leave) mid-run: no kiosk transaction fails, no body is wrong or stale.
 */
class CacheMemberKilledUnderLoadIT {

  @Test
  void aKilledCacheMemberFailsNoRequest() throws Exception {
    ScheduledExecutorService killer = Executors.newSingleThreadScheduledExecutor();
    try (TestCluster cluster = new TestCluster(2)) {
      List<HazelcastInstance> members = cluster.startMembers(3);
      HazelcastInstance client = cluster.client();
      List<String> people = new PersonSnapshots(TestLegacy.dataSource()).issuableAdults(30);

      try (RelayNode relay = RelayNode.start(6, Map.of(), client)) {
        HazelcastInstance victim = members.get(2);
        killer.schedule(() -> victim.getLifecycleService().terminate(), 10, TimeUnit.SECONDS);
        LoadReport report =
            LoadDriver.run(
                LoadPlan.standard(
                        List.of(relay.url()),
                        null,
                        TestLegacy.dataSource(),
                        people,
                        6,
                        Duration.ofSeconds(20),
                        Duration.ofMillis(30))
                    .withRefusalsAsOf(TestLegacy.TODAY));
        String summary = String.join("\n", report.summary());

        assertThat(victim.getLifecycleService().isRunning()).isFalse();
        assertThat(report.failed()).as(summary).isZero();
        assertThat(report.errors()).as(summary).isZero();
        assertThat(report.wrongPerson()).as(summary).isZero();
        assertThat(report.stale()).as(summary).isZero();
        assertThat(report.cacheHits().count()).as(summary).isPositive();
        assertThat(report.issued()).as(summary).isGreaterThan(20);
      }
    } finally {
      killer.shutdownNow();
    }
  }
}

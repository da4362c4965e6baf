package org.kofu.relay.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientClasspathYamlConfig;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.core.HazelcastInstance;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.kofu.cache.member.CacheMemberProperties;
import org.kofu.cache.member.EmbeddedCacheMember;
import org.kofu.cache.testing.TestCluster;
import org.kofu.relay.kiosk.load.LoadDriver;
import org.kofu.relay.kiosk.load.LoadPlan;
import org.kofu.relay.kiosk.load.LoadReport;
import org.kofu.relay.kiosk.load.PersonSnapshots;
import org.kofu.relay.support.RelayNode;
import org.kofu.relay.support.TestLegacy;

/**
 * A relay as a client of a real 3-member cache cluster, under the load driver; one member is
 * terminated (no graceful leave) mid-run: no kiosk transaction fails, no body is wrong or stale.
 */
class CacheMemberKilledUnderLoadIT {

  @Test
  void aKilledCacheMemberFailsNoRequest() throws Exception {
    String cluster = "kofu-relay-kill-" + UUID.randomUUID();
    List<String> addresses = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      addresses.add("127.0.0.1:" + TestCluster.freePort());
    }
    List<HazelcastInstance> members = new ArrayList<>();
    HazelcastInstance client = null;
    ScheduledExecutorService killer = Executors.newSingleThreadScheduledExecutor();
    try {
      for (String address : addresses) {
        int port = Integer.parseInt(address.substring(address.indexOf(':') + 1));
        members.add(
            EmbeddedCacheMember.start(
                new CacheMemberProperties(
                    CacheMemberProperties.DEFAULT_CONFIG, cluster, port, addresses, 2)));
      }
      ClientConfig config = new ClientClasspathYamlConfig("kofu/hazelcast-client.yaml");
      config.setClusterName(cluster);
      config.getNetworkConfig().setAddresses(addresses);
      client = HazelcastClient.newHazelcastClient(config);
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
      if (client != null) {
        client.shutdown();
      }
      members.forEach(m -> m.getLifecycleService().terminate());
    }
  }
}

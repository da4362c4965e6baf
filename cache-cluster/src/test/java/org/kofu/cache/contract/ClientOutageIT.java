package org.kofu.cache.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.hazelcast.config.Config;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kofu.cache.testing.TestCluster;

/**
 * Issue 23 point 10 for the batch nodes: a client made from the production client YAML (the batch's
 * {@code spring.hazelcast.config}) outlives a cluster that was gone for longer than Hazelcast's
 * usual give-up (the 30 s the YAML once said) and works again once a member is back, without a
 * restart of the node.
 */
class ClientOutageIT {

  private static final Duration OUTAGE = Duration.ofSeconds(35);

  private final TestCluster cluster = new TestCluster(1);

  @AfterEach
  void stopCluster() {
    cluster.close();
  }

  @Test
  void theBatchClientReconnectsAfterALongOutage() throws InterruptedException {
    int port = TestCluster.freePort();
    HazelcastInstance first = cluster.start(cluster.memberConfig(List.of(port)));
    HazelcastInstance client = cluster.client(List.of(first));
    client.getMap("outage").put("before", "1");

    first.getLifecycleService().terminate();
    Thread.sleep(OUTAGE.toMillis());
    assertThat(client.getLifecycleService().isRunning())
        .as("the client is still running after the cluster was gone %s", OUTAGE)
        .isTrue();

    Config again = cluster.memberConfig(List.of(port));
    cluster.start(again);
    await()
        .atMost(Duration.ofSeconds(30))
        .ignoreExceptions()
        .untilAsserted(
            () -> {
              IMap<String, String> map = client.getMap("outage");
              map.put("after", "2");
              assertThat(map.get("after")).isEqualTo("2");
            });
    assertThat(client.getLifecycleService().isRunning()).isTrue();
  }
}

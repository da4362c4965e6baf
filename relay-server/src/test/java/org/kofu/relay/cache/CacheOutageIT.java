package org.kofu.relay.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.hazelcast.core.HazelcastInstance;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kofu.cache.testing.TestCluster;
import org.kofu.kiosk.cli.RelayClient;
import org.kofu.relay.support.RelayNode;
import org.kofu.relay.support.Requests;
import org.kofu.relay.support.TestLegacy;

/**
 * Issue 23 point 10: a relay starts while no cache member is up and serves on demand; once a member
 * is there it serves from the cache; the members gone for longer than the 30 s a client used to
 * wait before giving up, then back: the same relay, not restarted, uses the cache again. {@code
 * kofu_cache_connected} follows.
 */
class CacheOutageIT {

  private static final Duration BUDGET = Duration.ofSeconds(5);

  @Test
  void aRelayStartsWithoutTheCacheAndUsesItWheneverItIsThere() throws Exception {
    int port = TestCluster.freePort();
    String person = TestLegacy.issuableAdults().get(21);
    try (TestCluster cluster = new TestCluster(1);
        RelayNode relay = RelayNode.start(9, clientOf(cluster.clusterName(), port))) {
      // no member: the relay started all the same, and renders on demand
      assertThat(connected(relay)).isZero();
      assertThat(issue(relay, person)).isEqualTo("ON_DEMAND");

      HazelcastInstance member = cluster.start(cluster.memberConfig(List.of(port)));
      awaitConnected(relay, 1);
      issue(relay, person);
      assertThat(issue(relay, person)).isEqualTo("CACHE");

      member.getLifecycleService().terminate();
      awaitConnected(relay, 0);
      // longer than the 30 s after which the former client configuration shut itself down
      Thread.sleep(35_000);
      long started = System.nanoTime();
      assertThat(issue(relay, person)).isEqualTo("ON_DEMAND");
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(BUDGET);

      cluster.start(cluster.memberConfig(List.of(port)));
      awaitConnected(relay, 1);
      issue(relay, person);
      assertThat(issue(relay, person)).isEqualTo("CACHE");
    }
  }

  static Map<String, String> clientOf(String cluster, int port) {
    return Map.of(
        "kofu.relay.embedded-cache", "false",
        "spring.hazelcast.config", "classpath:kofu/hazelcast-client.yaml",
        "kofu.relay.cache.cluster-name", cluster,
        "kofu.relay.cache.members", "127.0.0.1:" + port,
        "kofu.relay.cache.reconnect-max-backoff", "1s");
  }

  /** Issues a 住民票 and answers its X-Source. */
  static String issue(RelayNode relay, String person) throws Exception {
    HttpResponse<byte[]> answer =
        new RelayClient(relay.url(), null)
            .post(
                "/jlis/v1/certificates",
                Requests.certificate(
                    "outage-" + UUID.randomUUID().toString().substring(0, 8), person, "JUMINHYO"));
    assertThat(answer.statusCode()).as(new String(answer.body())).isEqualTo(200);
    return answer.headers().firstValue("X-Source").orElseThrow();
  }

  static double connected(RelayNode relay) {
    return relay.context().getBean(MeterRegistry.class).get("kofu.cache.connected").gauge().value();
  }

  static void awaitConnected(RelayNode relay, double value) {
    await("kofu_cache_connected = " + value)
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> connected(relay) == value);
  }
}

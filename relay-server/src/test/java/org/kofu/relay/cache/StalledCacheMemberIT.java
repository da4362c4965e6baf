package org.kofu.relay.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.hazelcast.config.Config;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kofu.cache.testing.TestCluster;
import org.kofu.kiosk.cli.RelayClient;
import org.kofu.relay.support.CuttableProxy;
import org.kofu.relay.support.RelayNode;
import org.kofu.relay.support.Requests;
import org.kofu.relay.support.TestLegacy;

/**
 * Issue 23 point 9: the relay's only cache member stops answering (a proxy in front of it holds
 * every byte, as a frozen host would): a request is answered 503 SOURCE_UNAVAILABLE with
 * Retry-After within the request budget, not held until the member answers; once the member answers
 * again the relay serves from the cache, without a restart.
 */
class StalledCacheMemberIT {

  private static final Duration BUDGET = Duration.ofSeconds(5);
  private static final Duration SLACK = Duration.ofMillis(1500);

  @Test
  void aMemberThatStopsAnsweringCostsA503WithinTheBudgetAndNothingAfter() throws Exception {
    int port = TestCluster.freePort();
    String person = TestLegacy.issuableAdults().get(22);
    try (TestCluster cluster = new TestCluster(1);
        CuttableProxy proxy = new CuttableProxy("127.0.0.1", port)) {
      // the member tells its clients to reach it through the proxy
      Config member = cluster.memberConfig(List.of(port));
      member.getNetworkConfig().setPublicAddress("127.0.0.1:" + proxy.port());
      cluster.start(member);
      Map<String, String> properties =
          new HashMap<>(CacheOutageIT.clientOf(cluster.clusterName(), proxy.port()));
      try (RelayNode relay = RelayNode.start(10, properties)) {
        CacheOutageIT.awaitConnected(relay, 1);
        CacheOutageIT.issue(relay, person);
        assertThat(CacheOutageIT.issue(relay, person)).isEqualTo("CACHE");

        proxy.stall();
        long started = System.nanoTime();
        HttpResponse<byte[]> stalled = post(relay, person);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).isLessThan(BUDGET.plus(SLACK));
        if (stalled.statusCode() == 200) {
          assertThat(source(stalled)).isEqualTo("ON_DEMAND");
        } else {
          assertThat(stalled.statusCode()).isEqualTo(503);
          assertThat(new String(stalled.body())).contains("SOURCE_UNAVAILABLE");
          assertThat(stalled.headers().firstValue("Retry-After")).contains("5");
        }

        proxy.resume();
        HttpResponse<byte[]> after =
            await("served from the cache again")
                .atMost(Duration.ofSeconds(40))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> post(relay, person), answer -> "CACHE".equals(source(answer)));
        assertThat(after.statusCode()).isEqualTo(200);
      }
    }
  }

  private static String source(HttpResponse<byte[]> answer) {
    return answer.headers().firstValue("X-Source").orElse("");
  }

  private static HttpResponse<byte[]> post(RelayNode relay, String person) throws Exception {
    return new RelayClient(relay.url(), null)
        .post(
            "/jlis/v1/certificates",
            Requests.certificate(
                "stall-" + UUID.randomUUID().toString().substring(0, 8), person, "JUMINHYO"));
  }
}

package org.kofu.relay.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kofu.kiosk.cli.RelayClient;
import org.kofu.kiosk.load.PersonSnapshots;
import org.kofu.relay.support.CuttableProxy;
import org.kofu.relay.support.LegacyOnPostgres;
import org.kofu.relay.support.RelayNode;
import org.kofu.relay.support.RelayOnPostgres;
import org.kofu.relay.support.Requests;
import org.kofu.testsupport.ScratchPostgres;

/**
 * Issue 23 point 9: the existing systems' PostgreSQL, then the project database's, behind a proxy
 * that accepts connections and never answers (it holds every byte): a request is answered 503
 * SOURCE_UNAVAILABLE with Retry-After within the request budget (5 s), and once the database
 * answers again the relay issues, without a restart.
 */
class StalledDatabasesIT {

  private static final Duration BUDGET = Duration.ofSeconds(5);
  private static final Duration SLACK = Duration.ofMillis(1500);

  private static ScratchPostgres legacy;
  private static ScratchPostgres project;
  private static CuttableProxy legacyProxy;
  private static CuttableProxy projectProxy;
  private static RelayNode relay;
  private static List<String> people;

  @BeforeAll
  static void start() throws Exception {
    legacy = LegacyOnPostgres.create(60, 12025L);
    project = ScratchPostgres.create();
    legacyProxy = CuttableProxy.inFrontOf(legacy);
    projectProxy = CuttableProxy.inFrontOf(project);
    Map<String, String> properties =
        RelayOnPostgres.nodeProperties(project, projectProxy.url(project), "kofu-relay-stalled");
    properties.putAll(LegacyOnPostgres.properties(legacy, legacyProxy.url(legacy)));
    relay = RelayNode.start(11, properties);
    people = new PersonSnapshots(legacy.dataSource()).issuableAdults(4);
  }

  @AfterAll
  static void stop() throws Exception {
    if (relay != null) {
      relay.close();
    }
    for (AutoCloseable closeable :
        new AutoCloseable[] {legacyProxy, projectProxy, project, legacy}) {
      if (closeable != null) {
        closeable.close();
      }
    }
  }

  @Test
  void aStalledExistingSystemCostsA503WithinTheBudgetAndIssuingResumes() throws Exception {
    assertStallAnsweredInTime(legacyProxy, people.get(0));
  }

  @Test
  void aStalledProjectDatabaseCostsA503WithinTheBudgetAndIssuingResumes() throws Exception {
    assertStallAnsweredInTime(projectProxy, people.get(1));
  }

  private static void assertStallAnsweredInTime(CuttableProxy proxy, String person)
      throws Exception {
    assertThat(post(person).statusCode()).isEqualTo(200);

    proxy.stall();
    try {
      for (int i = 0; i < 2; i++) {
        long started = System.nanoTime();
        HttpResponse<byte[]> stalled = post(person);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(stalled.statusCode()).as(new String(stalled.body())).isEqualTo(503);
        assertThat(new String(stalled.body())).contains("SOURCE_UNAVAILABLE");
        assertThat(stalled.headers().firstValue("Retry-After")).isPresent();
        assertThat(took).isLessThan(BUDGET.plus(SLACK));
      }
    } finally {
      proxy.resume();
    }

    await("200 again without a restart")
        .atMost(Duration.ofSeconds(40))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> post(person).statusCode(), status -> status == 200);
  }

  private static HttpResponse<byte[]> post(String person) throws Exception {
    return new RelayClient(relay.url(), null)
        .post(
            "/jlis/v1/certificates",
            Requests.certificate(
                "stalled-" + UUID.randomUUID().toString().substring(0, 8), person, "JUMINHYO"));
  }
}

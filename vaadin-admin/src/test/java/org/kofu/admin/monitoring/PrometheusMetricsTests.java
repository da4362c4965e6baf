package org.kofu.admin.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The admin's management port answers health, readiness and Prometheus without a session (a probe
 * cannot sign in), with every metric ops/monitoring lists for the admin; the application's own port
 * does not serve them.
 */
// without this, a Spring test context swaps the Prometheus registry for a simple one
@AutoConfigureObservability
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:kofu-admin-metrics;DB_CLOSE_DELAY=-1")
class PrometheusMetricsTests {

  @LocalManagementPort int managementPort;
  @LocalServerPort int port;
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void managementPortAnswersWithoutASession() throws Exception {
    assertThat(managementPort).isNotEqualTo(port);
    assertThat(get(managementPort, "/actuator/health/readiness").statusCode()).isEqualTo(200);
    assertThat(get(managementPort, "/actuator/health/liveness").body()).contains("\"UP\"");

    String intact = "(?m)^kofu_chain_intact\\{[^}]*chain=\"audit\"[^}]*} 1.0$";
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    String scrape = get(managementPort, "/actuator/prometheus").body();
    // the first chain check runs in the background right after start-up
    while (!scrape.matches("(?s).*kofu_chain_intact\\{[^}]*chain=\"audit\"[^}]*} 1\\.0\n.*")
        && System.nanoTime() < deadline) {
      Thread.sleep(200);
      scrape = get(managementPort, "/actuator/prometheus").body();
    }
    assertThat(scrape).containsPattern(intact);
    for (String name : exportedNames()) {
      assertThat(scrape).as(name).containsPattern("(?m)^" + name + "[{ ]");
    }
  }

  @Test
  void theApplicationPortDoesNotServeMetrics() throws Exception {
    assertThat(get(port, "/actuator/prometheus").body()).doesNotContain("kofu_chain_intact");
  }

  private HttpResponse<String> get(int port, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static List<String> exportedNames() throws Exception {
    return Files.readAllLines(Path.of("..", "ops", "monitoring", "metrics", "admin.txt")).stream()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList();
  }
}

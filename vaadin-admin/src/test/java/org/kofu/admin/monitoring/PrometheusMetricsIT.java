package org.kofu.admin.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
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
class PrometheusMetricsIT {

  @LocalManagementPort int managementPort;
  @LocalServerPort int port;
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void managementPortAnswersWithoutASession() throws Exception {
    assertThat(managementPort).isNotEqualTo(port);
    assertThat(get(managementPort, "/actuator/health/readiness").statusCode()).isEqualTo(200);
    assertThat(get(managementPort, "/actuator/health/liveness").body()).contains("\"UP\"");

    String intact = "(?m)^kofu_chain_intact\\{[^}]*chain=\"audit\"[^}]*} 1.0$";
    // the first chain check runs in the background right after start-up
    String scrape =
        await("kofu_chain_intact 1 on the audit chain")
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(200))
            .until(
                () -> get(managementPort, "/actuator/prometheus").body(),
                body -> Pattern.compile(intact).matcher(body).find());
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

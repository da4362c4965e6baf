package org.kofu.relay.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kofu.relay.RelayApplication;
import org.kofu.relay.support.RelayTestContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A relay started as in production (a real web server, not a Spring test context, which would swap
 * the Prometheus registry for a simple one) answers health, readiness and Prometheus on its
 * management port, not on its API port, with every metric ops/monitoring lists for the relay (the
 * alert rules use only listed names) and an intact issuance chain.
 */
class PrometheusMetricsIT {

  private static ConfigurableApplicationContext relay;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void startRelay() {
    Map<String, String> properties = RelayTestContext.properties(2);
    properties.put("server.port", "0");
    relay =
        new SpringApplicationBuilder(RelayApplication.class)
            .run(
                Stream.concat(
                        properties.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()),
                        Stream.of("management.server.port=0"))
                    .map(p -> "--" + p)
                    .toArray(String[]::new));
  }

  @AfterAll
  static void stopRelay() {
    if (relay != null) {
      relay.close();
    }
  }

  @Test
  void theManagementPortAnswersHealthAndTheListedMetrics() throws Exception {
    int management = port("local.management.port");
    assertThat(management).isNotEqualTo(port("local.server.port"));
    assertThat(get(management, "/actuator/health/readiness").statusCode()).isEqualTo(200);
    assertThat(get(management, "/actuator/health/liveness").body()).contains("\"UP\"");
    get(port("local.server.port"), "/jlis/v1/health");

    Pattern intact = Pattern.compile("(?m)^kofu_chain_intact\\{[^}]*chain=\"issuance\"[^}]*} 1.0$");
    // the first chain check runs in the background right after start-up
    String scrape =
        await("kofu_chain_intact 1 on the issuance chain")
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(200))
            .until(
                () -> get(management, "/actuator/prometheus").body(),
                body -> intact.matcher(body).find());
    for (String name : exportedNames("relay")) {
      assertThat(scrape).as(name).containsPattern("(?m)^" + name + "[{ ]");
    }
  }

  @Test
  void theApiPortServesNoActuator() throws Exception {
    assertThat(get(port("local.server.port"), "/actuator/prometheus").statusCode()).isEqualTo(404);
  }

  private static int port(String property) {
    return Integer.parseInt(relay.getEnvironment().getProperty(property));
  }

  private static HttpResponse<String> get(int port, String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static List<String> exportedNames(String role) throws IOException {
    return Files.readAllLines(Path.of("..", "ops", "monitoring", "metrics", role + ".txt")).stream()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList();
  }
}

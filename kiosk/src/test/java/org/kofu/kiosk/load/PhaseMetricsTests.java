package org.kofu.kiosk.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhaseMetricsTests {

  /** A relay's scrape: each step of {@code n} cached issuances took {@code ms}, all 6 × ms. */
  private static String scrape(long n, double ms, long over20) {
    List<String> lines = new ArrayList<>();
    lines.add("# TYPE kofu_relay_issuance_phase_seconds histogram");
    for (String phase : PhaseMetrics.PHASES) {
      double each = phase.equals("all") ? 5 * ms : ms;
      long slow = phase.equals("all") ? over20 : 0;
      String labels = "application=\"kofu-relay\",phase=\"" + phase + "\",source=\"cache\"";
      lines.add(
          "kofu_relay_issuance_phase_seconds_bucket{%s,le=\"0.01\"} %d"
              .formatted(labels, n - slow));
      lines.add(
          "kofu_relay_issuance_phase_seconds_bucket{%s,le=\"0.02\"} %d"
              .formatted(labels, n - slow));
      lines.add("kofu_relay_issuance_phase_seconds_bucket{%s,le=\"+Inf\"} %d".formatted(labels, n));
      lines.add("kofu_relay_issuance_phase_seconds_count{%s} %d".formatted(labels, n));
      lines.add("kofu_relay_issuance_phase_seconds_sum{%s} %s".formatted(labels, n * each / 1000));
    }
    lines.add("http_server_requests_seconds_count{status=\"200\"} 12");
    return String.join("\n", lines) + "\n";
  }

  @Test
  void theCountedPartIsTheDifferenceOfTwoReadings() {
    PhaseMetrics before = PhaseMetrics.parse(scrape(100, 1.0, 0));
    PhaseMetrics after = PhaseMetrics.parse(scrape(300, 2.0, 4));

    // 200 issuances in between, their steps (500 × 1 ms) ... (300 × 2 ms - 100 × 1 ms) / 200
    assertThat(after.linesSince(before))
        .containsExactly(
            "relay steps, cache (200 issuances), mean ms: gate 2.50 person 2.50 body 2.50"
                + " stamp 2.50 commit 2.50 all 12.50",
            "relay steps, cache, share over 20 ms: gate 0.00% person 0.00% body 0.00%"
                + " stamp 0.00% commit 0.00% all 2.00%");
  }

  @Test
  void aRelayThatGaveNoScrapeIsNamed() throws Exception {
    try (ServerSocket closed = new ServerSocket(0)) {
      URI nobody = URI.create("http://127.0.0.1:" + closed.getLocalPort() + "/actuator/prometheus");
      closed.close();
      PhaseMetrics unread = PhaseMetrics.scrape(List.of(nobody));

      assertThat(unread.linesSince(PhaseMetrics.parse("")))
          .containsExactly(
              "relay steps: not read after the counted part: " + nobody + " (ConnectException)");
    }
  }

  @Test
  void aSourceWithoutIssuancesInBetweenIsLeftOut() {
    PhaseMetrics same = PhaseMetrics.parse(scrape(100, 1.0, 0));
    assertThat(same.linesSince(same)).isEmpty();
    assertThat(PhaseMetrics.parse("").linesSince(PhaseMetrics.parse(""))).isEmpty();
  }

  @Test
  void theRelaysCpuTimeIsAddedUpAndDifferenced() {
    PhaseMetrics before =
        PhaseMetrics.parse(
            "# TYPE process_cpu_time_ns_total counter\n"
                + "process_cpu_time_ns_total{application=\"kofu-relay\"} 1.5E9\n");
    PhaseMetrics after =
        PhaseMetrics.parse("process_cpu_time_ns_total{application=\"kofu-relay\"} 4.0E9\n");

    assertThat(after.cpuMsSince(before)).isEqualTo(2500.0);
    assertThat(PhaseMetrics.parse("").cpuMsSince(before)).isNaN();
  }

  @Test
  void eachRelaysCpuTimeIsKeptApartInTheEndpointsOrder() throws Exception {
    double[] cpu = {1.0E9, 3.0E9};
    HttpServer relays = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    relays.createContext("/one", exchange -> answer(exchange, cpu[0]));
    relays.createContext("/two", exchange -> answer(exchange, cpu[1]));
    relays.start();
    try {
      String base = "http://127.0.0.1:" + relays.getAddress().getPort();
      List<URI> endpoints = List.of(URI.create(base + "/one"), URI.create(base + "/two"));
      PhaseMetrics before = PhaseMetrics.scrape(endpoints);
      cpu[0] += 2.0E9;
      cpu[1] += 0.5E9;
      PhaseMetrics after = PhaseMetrics.scrape(endpoints);

      assertThat(after.cpuMsByRelaySince(before)).containsExactly(2000.0, 500.0);
      assertThat(after.cpuMsSince(before)).isEqualTo(2500.0);
      relays.removeContext("/two");
      assertThat(PhaseMetrics.scrape(endpoints).cpuMsByRelaySince(before)[1]).isNaN();
    } finally {
      relays.stop(0);
    }
  }

  private static void answer(HttpExchange exchange, double cpuNanos) throws IOException {
    byte[] body =
        ("process_cpu_time_ns_total{application=\"kofu-relay\"} " + cpuNanos + "\n")
            .getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(200, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  @Test
  void theRelaysCompilationTimeIsAddedUpAndDifferenced() {
    PhaseMetrics before =
        PhaseMetrics.parse(
            "# TYPE jvm_compilation_time_ms_total counter\n"
                + "jvm_compilation_time_ms_total{application=\"kofu-relay\","
                + "compiler=\"HotSpot 64-Bit Tiered Compilers\"} 300000.0\n");
    PhaseMetrics after =
        PhaseMetrics.parse(
            "jvm_compilation_time_ms_total{application=\"kofu-relay\","
                + "compiler=\"HotSpot 64-Bit Tiered Compilers\"} 308600.0\n");

    assertThat(after.jitMsSince(before)).isEqualTo(8600.0);
    assertThat(PhaseMetrics.parse("").jitMsSince(before)).isNaN();
  }
}

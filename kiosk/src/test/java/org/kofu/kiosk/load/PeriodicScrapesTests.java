package org.kofu.kiosk.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PeriodicScrapesTests {

  @Test
  void everyRelayIsScrapedAtOnceAndThenEveryInterval() throws Exception {
    AtomicInteger first = new AtomicInteger();
    AtomicInteger second = new AtomicInteger();
    HttpServer relays = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    relays.createContext("/one", exchange -> answer(exchange, first));
    relays.createContext("/two", exchange -> answer(exchange, second));
    relays.start();
    try {
      String base = "http://127.0.0.1:" + relays.getAddress().getPort();
      List<URI> endpoints = List.of(URI.create(base + "/one"), URI.create(base + "/two"));
      try (PeriodicScrapes scrapes = new PeriodicScrapes(endpoints, Duration.ofMillis(100))) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (scrapes.scrapes() < 3 && System.nanoTime() < deadline) {
          Thread.sleep(20);
        }
        assertThat(scrapes.scrapes()).isGreaterThanOrEqualTo(3);
      }
      assertThat(first.get()).isGreaterThanOrEqualTo(3);
      assertThat(second.get()).isGreaterThanOrEqualTo(3);
      int afterClose = first.get();
      Thread.sleep(300);
      assertThat(first.get()).as("no scrape after close").isLessThanOrEqualTo(afterClose + 1);
    } finally {
      relays.stop(0);
    }
  }

  @Test
  void theIntervalIsPrometheusConfigured() throws Exception {
    String config =
        java.nio.file.Files.readString(
            java.nio.file.Path.of("../ops/monitoring/prometheus.yml"), StandardCharsets.UTF_8);
    assertThat(config)
        .contains("scrape_interval: " + PeriodicScrapes.PROMETHEUS_INTERVAL.toSeconds() + "s");
  }

  private static void answer(com.sun.net.httpserver.HttpExchange exchange, AtomicInteger count)
      throws java.io.IOException {
    count.incrementAndGet();
    byte[] body = "process_cpu_time_ns_total 1.0\n".getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(200, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }
}

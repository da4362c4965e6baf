package org.kofu.relay.kiosk.cli;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.kofu.relay.kiosk.load.HostSteal;
import org.kofu.relay.kiosk.load.Latencies;
import org.kofu.relay.kiosk.load.LoadDriver;
import org.kofu.relay.kiosk.load.LoadPlan;
import org.kofu.relay.kiosk.load.LoadReport;
import org.kofu.relay.kiosk.load.PersonSnapshots;
import org.kofu.relay.kiosk.load.PhaseMetrics;

/**
 * {@code kiosk load}: the load driver from the command line. Options: url (comma-separated relays),
 * legacy-url, legacy-user, legacy-password (the existing systems, both schemas), kiosks (64),
 * seconds (60), think-ms (mean pause between a kiosk's transactions, 1000), people (how many
 * issuable residents to ask for, 2000), change-share (0.10), baseline (health requests measured
 * before the load, 0), keystore, truststore, phase-metrics (the relays' Prometheus endpoints,
 * comma-separated: their issuance steps over the counted part are printed before the figures).
 */
final class LoadCommand {

  private LoadCommand() {}

  static int run(Map<String, String> o, PrintStream out) throws Exception {
    List<URI> relays =
        Arrays.stream(o.getOrDefault("url", "https://localhost:8443").split(","))
            .map(String::trim)
            .map(URI::create)
            .toList();
    SSLContext tls = "https".equals(relays.get(0).getScheme()) ? KioskSimulator.tls(o) : null;
    int kiosks = Integer.parseInt(o.getOrDefault("kiosks", "64"));
    try (HikariDataSource legacy = new HikariDataSource()) {
      legacy.setJdbcUrl(o.getOrDefault("legacy-url", "jdbc:h2:file:./kofu-data/legacy"));
      legacy.setUsername(o.getOrDefault("legacy-user", "sa"));
      legacy.setPassword(o.getOrDefault("legacy-password", ""));
      legacy.setMaximumPoolSize(Integer.parseInt(o.getOrDefault("legacy-pool", "8")));
      List<String> people =
          new PersonSnapshots(legacy)
              .issuableAdults(Integer.parseInt(o.getOrDefault("people", "2000")));
      if (people.isEmpty()) {
        out.println("no issuable residents in " + legacy.getJdbcUrl());
        return 1;
      }
      LoadPlan plan =
          LoadPlan.standard(
                  relays,
                  tls,
                  legacy,
                  people,
                  kiosks,
                  Duration.ofSeconds(Long.parseLong(o.getOrDefault("seconds", "60"))),
                  Duration.ofMillis(Long.parseLong(o.getOrDefault("think-ms", "1000"))))
              .withChangeShare(Double.parseDouble(o.getOrDefault("change-share", "0.10")))
              .withWarmUp(
                  Duration.ofSeconds(Long.parseLong(o.getOrDefault("warm-up-seconds", "0"))));
      out.printf(
          "load: %d kiosks, %d people, %s against %s%n",
          kiosks, people.size(), plan.duration(), relays);
      baseline(o, relays, tls, out);
      if (!plan.warmUp().isZero()) {
        out.printf(
            "load: warm-up %d s with the same kiosks, not counted%n", plan.warmUp().toSeconds());
      }
      List<URI> phaseEndpoints = endpoints(o);
      CompletableFuture<PhaseMetrics> phasesBefore = phasesAfter(phaseEndpoints, plan.warmUp());
      CompletableFuture<Optional<String>> steal = steal(plan);
      LoadReport report = LoadDriver.run(plan);
      if (phasesBefore != null) {
        PhaseMetrics.scrape(phaseEndpoints).linesSince(phasesBefore.join()).forEach(out::println);
      }
      steal.join().ifPresent(out::println);
      report.summary().forEach(out::println);
      long wrongInWarmUp = report.warmUp().map(w -> w.wrongPerson() + w.stale()).orElse(0L);
      return report.errors() + report.wrongPerson() + report.stale() + wrongInWarmUp == 0 ? 0 : 1;
    }
  }

  private static List<URI> endpoints(Map<String, String> o) {
    return Arrays.stream(o.getOrDefault("phase-metrics", "").split(","))
        .map(String::trim)
        .filter(url -> !url.isEmpty())
        .map(URI::create)
        .toList();
  }

  /** The host's steal over the counted part, on a thread of its own. */
  private static CompletableFuture<Optional<String>> steal(LoadPlan plan) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return HostSteal.measure(plan.warmUp(), plan.duration());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
          }
        },
        runnable -> {
          Thread thread = new Thread(runnable, "host-steal");
          thread.setDaemon(true);
          thread.start();
        });
  }

  /** The relays' step histograms as the counted part begins; null without endpoints. */
  private static CompletableFuture<PhaseMetrics> phasesAfter(List<URI> endpoints, Duration delay) {
    if (endpoints.isEmpty()) {
      return null;
    }
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return PhaseMetrics.scrape(endpoints);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
          }
        },
        CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS));
  }

  private static void baseline(
      Map<String, String> o, List<URI> relays, SSLContext tls, PrintStream out) throws Exception {
    int baseline = Integer.parseInt(o.getOrDefault("baseline", "0"));
    if (baseline > 0) {
      Latencies health;
      try {
        health = LoadDriver.baseline(relays.get(0), tls, baseline);
      } catch (java.io.IOException e) {
        out.println("relay baseline: no answer (" + e.getClass().getSimpleName() + ")");
        return;
      }
      out.printf(
          java.util.Locale.ROOT,
          "relay baseline (GET /jlis/v1/health, one client, %d requests) p50/p99 ms: %.1f/%.1f%n",
          health.count(),
          health.percentileMs(50),
          health.percentileMs(99));
    }
  }
}

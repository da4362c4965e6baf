package org.kofu.kiosk.cli;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.SSLContext;
import org.kofu.kiosk.load.DatabaseStatements;
import org.kofu.kiosk.load.HostSteal;
import org.kofu.kiosk.load.Latencies;
import org.kofu.kiosk.load.LoadDriver;
import org.kofu.kiosk.load.LoadPlan;
import org.kofu.kiosk.load.LoadReport;
import org.kofu.kiosk.load.PeriodicScrapes;
import org.kofu.kiosk.load.PersonSnapshots;
import org.kofu.kiosk.load.RelayCosts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kiosk load}: the load driver from the command line, many kiosks against one or more
 * relays, every body checked against the existing systems' tables. Prints the summary; exits 1 when
 * a body was wrong, stale or an error.
 */
@Command(name = "load", description = "many kiosks for a while, every body checked")
final class LoadCommand implements Callable<Integer> {

  @Mixin RelayOptions relay;

  @Option(
      names = "--legacy-url",
      defaultValue = "jdbc:h2:file:./kofu-data/legacy",
      description = "the existing systems (both schemas)")
  String legacyUrl;

  @Option(
      names = "--legacy-user",
      defaultValue = "sa",
      description = "(password: --legacy-password)")
  String legacyUser;

  @Option(names = "--legacy-password", defaultValue = "", showDefaultValue = Visibility.NEVER)
  String legacyPassword;

  @Option(names = "--legacy-pool", defaultValue = "8", description = "connections to them")
  int legacyPool;

  @Option(names = "--kiosks", defaultValue = "64", description = "kiosks at once")
  int kiosks;

  @Option(names = "--seconds", defaultValue = "60", description = "the counted part")
  long seconds;

  @Option(
      names = "--warm-up-seconds",
      defaultValue = "0",
      description = "the same kiosks that long first, not counted")
  long warmUpSeconds;

  @Option(
      names = "--think-ms",
      defaultValue = "1000",
      description = "mean pause between a kiosk's transactions")
  long thinkMs;

  @Option(
      names = "--people",
      defaultValue = "2000",
      description = "how many issuable residents to ask for")
  int people;

  @Option(
      names = "--change-share",
      defaultValue = "0.10",
      description = "the share of the people changed in the existing systems during the load")
  double changeShare;

  @Option(
      names = "--baseline",
      defaultValue = "0",
      description = "health requests measured before the load")
  int baseline;

  @Option(
      names = "--phase-metrics",
      split = ",",
      description =
          "the relays' Prometheus endpoints: their issuance steps over the counted part are"
              + " printed before the figures")
  List<URI> phaseEndpoints = List.of();

  @Option(
      names = "--statements-role",
      description =
          "the relays' database role: its statements over the counted part (pg_stat_statements,"
              + " read through --legacy-url) are divided by the transactions")
  String statementsRole;

  @Option(
      names = "--relay-pids",
      split = ",",
      description =
          "the relays' process ids on this host: their threads' CPU time over the counted part"
              + " gives the JIT's line and the table of --relay-threads")
  List<Long> relayPids = List.of();

  @Option(
      names = "--relay-threads",
      description =
          "a file to write the relays' CPU time and context switches per transaction to, by role"
              + " of thread (needs --relay-pids)")
  Path relayThreads;

  @Option(
      names = "--slowest-cache-hits",
      description = "a file to write the slowest 1 % of the counted cache hits to (request id, ms)")
  Path slowestCacheHits;

  @Option(
      names = "--existing-system-types",
      split = ",",
      description =
          "certificate types whose source is the existing system: their cache hits' p50/p99 are"
              + " printed apart from the rendered ones'")
  List<String> existingSystemTypes = new ArrayList<>();

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<URI> relays = relay.urls();
    SSLContext tls = relay.tls(relays.get(0));
    try (HikariDataSource legacy = new HikariDataSource()) {
      legacy.setJdbcUrl(legacyUrl);
      legacy.setUsername(legacyUser);
      legacy.setPassword(legacyPassword);
      legacy.setMaximumPoolSize(legacyPool);
      List<String> issuable = new PersonSnapshots(legacy).issuableAdults(people);
      if (issuable.isEmpty()) {
        out.println("no issuable residents in " + legacy.getJdbcUrl());
        return 1;
      }
      LoadPlan plan =
          LoadPlan.standard(
                  relays,
                  tls,
                  legacy,
                  issuable,
                  kiosks,
                  Duration.ofSeconds(seconds),
                  Duration.ofMillis(thinkMs))
              .withChangeShare(changeShare)
              .withWarmUp(Duration.ofSeconds(warmUpSeconds));
      out.printf(
          "load: %d kiosks, %d people, %s against %s%n",
          kiosks, issuable.size(), plan.duration(), relays);
      baseline(relays, tls, out);
      if (!plan.warmUp().isZero()) {
        out.printf(
            "load: warm-up %d s with the same kiosks, not counted%n", plan.warmUp().toSeconds());
      }
      CountedPart counted =
          new CountedPart(
              phaseEndpoints,
              statementsRole == null ? null : new DatabaseStatements(legacy, statementsRole),
              relayPids,
              plan.warmUp());
      CompletableFuture<Optional<String>> steal = steal(plan);
      LoadReport report;
      try (PeriodicScrapes scrapes =
          new PeriodicScrapes(phaseEndpoints, PeriodicScrapes.PROMETHEUS_INTERVAL)) {
        report = LoadDriver.run(plan, counted::loadEnded);
      }
      CountedPart.Outcome outcome = counted.end(report);
      outcome.steps().forEach(out::println);
      steal.join().ifPresent(out::println);
      printSummary(report, outcome.costs(), Set.copyOf(existingSystemTypes), out);
      writeSlowest(report);
      if (relayThreads != null) {
        Files.write(relayThreads, outcome.threads());
      }
      long wrongInWarmUp = report.warmUp().map(w -> w.wrongPerson() + w.stale()).orElse(0L);
      return report.errors() + report.wrongPerson() + report.stale() + wrongInWarmUp == 0 ? 0 : 1;
    }
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

  /**
   * The summary, with the relays' costs (and the cache hits by source, when some types come from
   * the existing system) before its last four lines (the bench's figures).
   */
  private static void printSummary(
      LoadReport report, RelayCosts costs, Set<String> existingSystemTypes, PrintWriter out) {
    List<String> lines = new ArrayList<>(report.summary());
    lines.addAll(lines.size() - 4, costs.lines());
    if (!existingSystemTypes.isEmpty()) {
      lines.add(lines.size() - 4, report.cacheHitsBySourceLine(existingSystemTypes));
    }
    lines.forEach(out::println);
  }

  private void writeSlowest(LoadReport report) throws IOException {
    if (slowestCacheHits != null) {
      List<String> lines = new ArrayList<>();
      for (Latencies.Hit hit : report.cacheHits().slowest(0.01)) {
        lines.add(String.format(Locale.ROOT, "%s\t%.1f", hit.requestId(), hit.ms()));
      }
      Files.write(slowestCacheHits, lines);
    }
  }

  private void baseline(List<URI> relays, SSLContext tls, PrintWriter out) throws Exception {
    if (baseline > 0) {
      Latencies health;
      try {
        health = LoadDriver.baseline(relays.get(0), tls, baseline);
      } catch (IOException e) {
        out.println("relay baseline: no answer (" + e.getClass().getSimpleName() + ")");
        return;
      }
      out.printf(
          Locale.ROOT,
          "relay baseline (GET /jlis/v1/health, one client, %d requests) p50/p99 ms: %.1f/%.1f%n",
          health.count(),
          health.percentileMs(50),
          health.percentileMs(99));
    }
  }
}

package org.kofu.kiosk.cli;

import java.net.URI;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.kofu.kiosk.load.DatabaseStatements;
import org.kofu.kiosk.load.LoadReport;
import org.kofu.kiosk.load.PhaseMetrics;
import org.kofu.kiosk.load.RelayCosts;
import org.kofu.kiosk.load.RelayThreads;

/**
 * The relays' own figures read as the counted part begins (after the warm-up) and again when it
 * ends: their issuance steps and CPU time from their Prometheus endpoints, their statements from
 * PostgreSQL when a role to count is given, and their threads' CPU time and context switches from
 * /proc when their process ids are given (the relays run on this host).
 */
final class CountedPart {

  private final List<URI> endpoints;
  private final DatabaseStatements statements;
  private final List<Long> pids;
  private final CompletableFuture<Reading> before;
  private volatile Reading after;

  /** Figures of the relays at one moment. */
  private record Reading(
      PhaseMetrics phases, OptionalLong statements, Optional<RelayThreads> threads, long nanos) {}

  /**
   * @param statements null when the relays' statements are not counted
   * @param pids the relays' process ids, empty when their threads are not read
   */
  CountedPart(
      List<URI> endpoints, DatabaseStatements statements, List<Long> pids, Duration warmUp) {
    this.endpoints = endpoints;
    this.statements = statements;
    this.pids = pids;
    this.before =
        CompletableFuture.supplyAsync(
            this::read,
            CompletableFuture.delayedExecutor(warmUp.toMillis(), TimeUnit.MILLISECONDS));
  }

  /**
   * What the relays did over the counted part: their steps, their costs per transaction, and the
   * table of their threads (empty when they were not read).
   */
  record Outcome(List<String> steps, RelayCosts costs, List<String> threads) {}

  /**
   * Reads the relays as the load ends: before the driver checks the bodies, for a minute or more in
   * which the relays idle. Until 2026-12-05 they were read after it, and that idle minute's CPU and
   * statements were counted as the transactions' (docs/performance.md).
   */
  void loadEnded() {
    after = read();
  }

  /** What the relays did from the counted part's start to {@link #loadEnded} (or now). */
  Outcome end(LoadReport report) {
    Reading then = before.join();
    Reading now = after != null ? after : read();
    List<String> steps = endpoints.isEmpty() ? List.of() : now.phases.linesSince(then.phases);
    double cpuMs = endpoints.isEmpty() ? Double.NaN : now.phases.cpuMsSince(then.phases);
    double jitMs = endpoints.isEmpty() ? Double.NaN : now.phases.jitMsSince(then.phases);
    OptionalLong counted =
        then.statements.isPresent() && now.statements.isPresent()
            ? OptionalLong.of(now.statements.getAsLong() - then.statements.getAsLong())
            : OptionalLong.empty();
    List<RelayThreads.Role> roles =
        then.threads.isPresent() && now.threads.isPresent()
            ? now.threads.get().since(then.threads.get())
            : List.of();
    double jitCpuMs = roles.isEmpty() ? Double.NaN : RelayThreads.compilerCpuMs(roles);
    long transactions = report.transactions();
    Map<Integer, Long> answered = report.transactionsByRelay();
    List<List<RelayThreads.Role>> eachRelaysRoles =
        roles.isEmpty() ? List.of() : eachRelaysRoles(then.threads.get(), now.threads.get());
    List<RelayCosts.PerRelay> byRelay =
        byRelay(now.phases.cpuMsByRelaySince(then.phases), eachRelaysRoles, answered);
    double seconds = (now.nanos - then.nanos) / 1e9;
    List<String> threads =
        roles.isEmpty() ? List.of() : RelayThreads.table(roles, transactions, seconds);
    if (eachRelaysRoles.size() > 1) {
      threads = new ArrayList<>(threads);
      threads.addAll(eachRelaysTables(eachRelaysRoles, answered, seconds));
    }
    return new Outcome(
        steps, new RelayCosts(cpuMs, jitMs, jitCpuMs, counted, transactions, byRelay), threads);
  }

  /** Each relay's roles of thread apart, in the relays' order. */
  private List<List<RelayThreads.Role>> eachRelaysRoles(RelayThreads then, RelayThreads now) {
    return pids.stream().map(pid -> now.only(pid).since(then.only(pid))).toList();
  }

  /** One table per relay after the whole's, each over the transactions that relay answered. */
  private List<String> eachRelaysTables(
      List<List<RelayThreads.Role>> eachRelaysRoles, Map<Integer, Long> answered, double seconds) {
    List<String> lines = new ArrayList<>();
    for (int relay = 0; relay < eachRelaysRoles.size(); relay++) {
      lines.add("");
      lines.add("relay" + (relay + 1) + " (pid " + pids.get(relay) + ") alone:");
      lines.addAll(
          RelayThreads.table(
              eachRelaysRoles.get(relay), answered.getOrDefault(relay, 0L), seconds));
    }
    return lines;
  }

  /**
   * Each relay's CPU, its compilers' share of it (NaN when the threads were not read, or are not
   * the relays': fewer process ids than endpoints) and the transactions it answered.
   */
  private static List<RelayCosts.PerRelay> byRelay(
      double[] cpuMs, List<List<RelayThreads.Role>> eachRelaysRoles, Map<Integer, Long> answered) {
    boolean threadsRead = eachRelaysRoles.size() == cpuMs.length;
    List<RelayCosts.PerRelay> byRelay = new ArrayList<>(cpuMs.length);
    for (int relay = 0; relay < cpuMs.length; relay++) {
      double compilers =
          threadsRead ? RelayThreads.compilerCpuMs(eachRelaysRoles.get(relay)) : Double.NaN;
      byRelay.add(
          new RelayCosts.PerRelay(cpuMs[relay], compilers, answered.getOrDefault(relay, 0L)));
    }
    return byRelay;
  }

  private Reading read() {
    try {
      PhaseMetrics phases =
          endpoints.isEmpty() ? PhaseMetrics.parse("") : PhaseMetrics.scrape(endpoints);
      Optional<RelayThreads> threads = pids.isEmpty() ? Optional.empty() : RelayThreads.read(pids);
      return new Reading(phases, statements(), threads, System.nanoTime());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CompletionException(e);
    }
  }

  private OptionalLong statements() {
    if (statements == null) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(statements.count());
    } catch (SQLException e) {
      return OptionalLong.empty();
    }
  }
}

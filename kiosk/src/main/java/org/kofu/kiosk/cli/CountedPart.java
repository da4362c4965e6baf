package org.kofu.kiosk.cli;

import java.net.URI;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.kofu.kiosk.load.DatabaseStatements;
import org.kofu.kiosk.load.LoadReport;
import org.kofu.kiosk.load.PhaseMetrics;
import org.kofu.kiosk.load.RelayCosts;

/**
 * The relays' own figures read as the counted part begins (after the warm-up) and again when it
 * ends: their issuance steps and CPU time from their Prometheus endpoints, and their statements
 * from PostgreSQL when a role to count is given.
 */
final class CountedPart {

  private final List<URI> endpoints;
  private final DatabaseStatements statements;
  private final CompletableFuture<Reading> before;

  /** Figures of the relays at one moment. */
  private record Reading(PhaseMetrics phases, OptionalLong statements) {}

  /**
   * @param statements null when the relays' statements are not counted
   */
  CountedPart(List<URI> endpoints, DatabaseStatements statements, Duration warmUp) {
    this.endpoints = endpoints;
    this.statements = statements;
    this.before =
        CompletableFuture.supplyAsync(
            this::read,
            CompletableFuture.delayedExecutor(warmUp.toMillis(), TimeUnit.MILLISECONDS));
  }

  /** What the relays did over the counted part: their steps, and their costs per transaction. */
  record Outcome(List<String> steps, RelayCosts costs) {}

  /** Reads the relays again, now that the counted part has ended. */
  Outcome end(LoadReport report) {
    Reading then = before.join();
    Reading now = read();
    List<String> steps = endpoints.isEmpty() ? List.of() : now.phases.linesSince(then.phases);
    double cpuMs = endpoints.isEmpty() ? Double.NaN : now.phases.cpuMsSince(then.phases);
    double jitMs = endpoints.isEmpty() ? Double.NaN : now.phases.jitMsSince(then.phases);
    OptionalLong counted =
        then.statements.isPresent() && now.statements.isPresent()
            ? OptionalLong.of(now.statements.getAsLong() - then.statements.getAsLong())
            : OptionalLong.empty();
    return new Outcome(steps, new RelayCosts(cpuMs, jitMs, counted, report.transactions()));
  }

  private Reading read() {
    try {
      PhaseMetrics phases =
          endpoints.isEmpty() ? PhaseMetrics.parse("") : PhaseMetrics.scrape(endpoints);
      return new Reading(phases, statements());
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

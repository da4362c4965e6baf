package org.kofu.kiosk.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.ToDoubleFunction;

/**
 * What a transaction cost the relays over the counted part: their CPU time (each JVM's own account,
 * added up) and the statements they ran on the databases (PostgreSQL's account), each divided by
 * the kiosks' certificate transactions. Measured, never estimated: a figure that could not be read
 * is printed as such.
 *
 * @param cpuMs the relays' CPU time in ms, NaN when a relay's was not read
 * @param jitMs the time the relays' JIT compilers took compiling, in ms (Micrometer's compilation
 *     time): a relay in service has long finished compiling, so a large figure says the counted
 *     part was not yet steady; NaN when a relay's was not read
 * @param jitCpuMs the CPU time of the relays' compiler threads, in ms (within {@code cpuMs}; {@link
 *     RelayThreads}): far less than {@code jitMs} where the compilers wait for a core at their
 *     lower priority; NaN when the relays' threads were not read
 * @param statements the relays' statements, empty when they were not read
 * @param transactions the certificate transactions of the counted part
 * @param byRelay each relay's CPU time and the transactions it answered, in the relays' order: with
 *     two relays or more, an A/B run's comparison in the same minute (ops/bench/relay)
 */
public record RelayCosts(
    double cpuMs,
    double jitMs,
    double jitCpuMs,
    OptionalLong statements,
    long transactions,
    List<PerRelay> byRelay) {

  /**
   * One relay's share: its CPU time in ms (NaN when not read), its JIT compilers' CPU time within
   * it (NaN when its threads were not read) and the transactions it answered.
   */
  public record PerRelay(double cpuMs, double compilerCpuMs, long transactions) {
    double msPerTransaction() {
      return transactions == 0 ? Double.NaN : cpuMs / transactions;
    }

    double msPerTransactionLessCompilers() {
      return transactions == 0 ? Double.NaN : (cpuMs - compilerCpuMs) / transactions;
    }
  }

  public RelayCosts {
    byRelay = List.copyOf(byRelay);
  }

  public List<String> lines() {
    String compiling =
        Double.isNaN(jitMs) || transactions == 0
            ? "compiling time not read"
            : String.format(Locale.ROOT, "%.2f ms compiling", jitMs / transactions);
    String jit =
        Double.isNaN(jitCpuMs) || transactions == 0
            ? "n/a (the relays' threads were not read; " + compiling + ")"
            : String.format(Locale.ROOT, "%.2f", jitCpuMs / transactions)
                + "   (compiler threads, within the cpu figure; "
                + compiling
                + ")";
    String cpu =
        Double.isNaN(cpuMs) || transactions == 0
            ? "n/a (a relay's CPU time was not read)"
            : String.format(Locale.ROOT, "%.2f", cpuMs / transactions);
    String db =
        statements.isEmpty() || transactions == 0
            ? "n/a (pg_stat_statements was not read)"
            : String.format(Locale.ROOT, "%.1f", (double) statements.getAsLong() / transactions);
    List<String> lines = new ArrayList<>();
    lines.add("relay jit cpu ms/transaction: " + jit);
    lines.add("relay cpu ms/transaction: " + cpu);
    if (byRelay.size() > 1) {
      lines.add(byRelayLine());
    }
    lines.add("relay db statements/transaction: " + db);
    return lines;
  }

  /**
   * Each relay's CPU per transaction it answered, and each against the first: a ratio under 1 is a
   * relay cheaper than relay1 under the same load at the same time. Then the same less the JIT
   * compilers' CPU, when the threads were read: between two relays alike, most of the difference is
   * what their compilers still did in the counted part (docs/performance.md).
   */
  private String byRelayLine() {
    StringBuilder line = new StringBuilder("relay cpu ms/transaction by relay:");
    for (int relay = 0; relay < byRelay.size(); relay++) {
      PerRelay share = byRelay.get(relay);
      line.append(
          String.format(
              Locale.ROOT,
              "   relay%d %s (%d)",
              relay + 1,
              figure(share.msPerTransaction()),
              share.transactions()));
    }
    appendRatios(line, PerRelay::msPerTransaction);
    if (byRelay.stream().noneMatch(r -> Double.isNaN(r.compilerCpuMs()))) {
      line.append("   less the JIT compilers:");
      for (int relay = 0; relay < byRelay.size(); relay++) {
        line.append(
            "   relay%d %s"
                .formatted(relay + 1, figure(byRelay.get(relay).msPerTransactionLessCompilers())));
      }
      appendRatios(line, PerRelay::msPerTransactionLessCompilers);
    }
    return line.toString();
  }

  private void appendRatios(StringBuilder line, ToDoubleFunction<PerRelay> figure) {
    double first = figure.applyAsDouble(byRelay.get(0));
    for (int relay = 1; relay < byRelay.size(); relay++) {
      line.append(
          "   relay%d/relay1 %s"
              .formatted(relay + 1, figure(figure.applyAsDouble(byRelay.get(relay)) / first)));
    }
  }

  private static String figure(double value) {
    return Double.isNaN(value) || Double.isInfinite(value)
        ? "n/a"
        : String.format(Locale.ROOT, "%.2f", value);
  }
}

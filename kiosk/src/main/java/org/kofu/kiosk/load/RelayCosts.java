package org.kofu.kiosk.load;

import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

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
 */
public record RelayCosts(
    double cpuMs, double jitMs, double jitCpuMs, OptionalLong statements, long transactions) {

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
    return List.of(
        "relay jit cpu ms/transaction: " + jit,
        "relay cpu ms/transaction: " + cpu,
        "relay db statements/transaction: " + db);
  }
}

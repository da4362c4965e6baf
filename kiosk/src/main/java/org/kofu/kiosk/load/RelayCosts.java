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
 * @param jitMs the time the relays' JIT compilers spent compiling, in ms (most of it CPU time in
 *     {@code cpuMs}): a relay in service has long finished compiling, so a large figure says the
 *     counted part was not yet steady; NaN when a relay's was not read
 * @param statements the relays' statements, empty when they were not read
 * @param transactions the certificate transactions of the counted part
 */
public record RelayCosts(double cpuMs, double jitMs, OptionalLong statements, long transactions) {

  public List<String> lines() {
    String jit =
        Double.isNaN(jitMs) || transactions == 0
            ? "n/a (a relay's compilation time was not read)"
            : String.format(Locale.ROOT, "%.2f", jitMs / transactions)
                + "   (mostly within the cpu figure)";
    String cpu =
        Double.isNaN(cpuMs) || transactions == 0
            ? "n/a (a relay's CPU time was not read)"
            : String.format(Locale.ROOT, "%.2f", cpuMs / transactions);
    String db =
        statements.isEmpty() || transactions == 0
            ? "n/a (pg_stat_statements was not read)"
            : String.format(Locale.ROOT, "%.1f", (double) statements.getAsLong() / transactions);
    return List.of(
        "relay jit compilation ms/transaction: " + jit,
        "relay cpu ms/transaction: " + cpu,
        "relay db statements/transaction: " + db);
  }
}

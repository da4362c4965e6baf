package org.kofu.kiosk.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The relays' threads as the kernel counts them (Linux {@code /proc/<pid>/task/<tid>/stat} and
 * {@code status}): each thread's user and system CPU time and its context switches, so that the CPU
 * of a transaction can be told apart by role of thread (Tomcat's, the request workers', the
 * compilers', ...) without a profiler in the measured process. Threads are grouped by name with its
 * digits blanked; the kernel keeps the first 15 characters of a Java thread's name.
 *
 * <p>The compilers' share is the JIT's real CPU cost. Micrometer's compilation time is the time
 * compiling took, and the relays' compiler threads run at a lower priority, so most of that time is
 * spent waiting for a core.
 */
public final class RelayThreads {

  private static final double MS_PER_TICK = 1000 / HostSteal.TICKS_PER_SECOND;

  private static final Path PROC = Path.of("/proc");
  private static final Pattern SWITCHES =
      Pattern.compile("^(?:non)?voluntary_ctxt_switches:\\s+(\\d+)$", Pattern.MULTILINE);
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final String COMPILERS = "CN CompilerThre";

  /** One thread's counters since it started. */
  record ThreadTime(String name, long userTicks, long systemTicks, long switches) {}

  /** What the threads of one role did between two readings, in all the processes read. */
  public record Role(String name, int threads, double cpuMs, double systemMs, long switches) {}

  private final Map<String, ThreadTime> threads;

  RelayThreads(Map<String, ThreadTime> threads) {
    this.threads = Map.copyOf(threads);
  }

  /** The threads of the processes {@code pids}, or nothing when one of them cannot be read. */
  public static Optional<RelayThreads> read(List<Long> pids) {
    return read(PROC, pids);
  }

  static Optional<RelayThreads> read(Path proc, List<Long> pids) {
    Map<String, ThreadTime> threads = new HashMap<>();
    for (long pid : pids) {
      Path tasks = proc.resolve(Long.toString(pid)).resolve("task");
      List<Path> tids;
      try (Stream<Path> listed = Files.list(tasks)) {
        tids = listed.toList();
      } catch (IOException | UncheckedIOException e) {
        return Optional.empty();
      }
      for (Path tid : tids) {
        readThread(tid).ifPresent(t -> threads.put(pid + "/" + tid.getFileName(), t));
      }
    }
    return Optional.of(new RelayThreads(threads));
  }

  /**
   * A thread that ends while it is read is gone (its directory) or answers "no such process" (its
   * open files): either way it is left out, as one that ended before the listing.
   */
  private static Optional<ThreadTime> readThread(Path tid) {
    try {
      return parse(Files.readString(tid.resolve("stat")), Files.readString(tid.resolve("status")));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * A thread from its {@code stat} line (the name in parentheses may hold spaces and parentheses;
   * utime and stime are the 14th and 15th fields) and its {@code status}.
   */
  static Optional<ThreadTime> parse(String stat, String status) {
    int open = stat.indexOf('(');
    int close = stat.lastIndexOf(')');
    if (open < 0 || close < open) {
      return Optional.empty();
    }
    String[] fields = stat.substring(close + 1).trim().split("\\s+");
    if (fields.length < 13) {
      return Optional.empty();
    }
    long switches = 0;
    Matcher m = SWITCHES.matcher(status);
    while (m.find()) {
      switches += Long.parseLong(m.group(1));
    }
    return Optional.of(
        new ThreadTime(
            stat.substring(open + 1, close),
            Long.parseLong(fields[11]),
            Long.parseLong(fields[12]),
            switches));
  }

  /** The threads of process {@code pid} alone: one relay's in an A/B run. */
  public RelayThreads only(long pid) {
    Map<String, ThreadTime> own = new HashMap<>();
    String prefix = pid + "/";
    threads.forEach(
        (key, thread) -> {
          if (key.startsWith(prefix)) {
            own.put(key, thread);
          }
        });
    return new RelayThreads(own);
  }

  /** A thread's role: its name with the digits blanked ({@code relay-request-12} → -N). */
  static String role(String name) {
    return DIGITS.matcher(name).replaceAll("N");
  }

  /**
   * What each role did since {@code before}, the busiest first; a thread started since counts
   * whole.
   */
  public List<Role> since(RelayThreads before) {
    Map<String, long[]> sums = new TreeMap<>();
    threads.forEach(
        (key, now) -> {
          ThreadTime then = before.threads.get(key);
          boolean same = then != null && then.name().equals(now.name());
          long[] sum = sums.computeIfAbsent(role(now.name()), r -> new long[4]);
          sum[0]++;
          sum[1] += now.userTicks() - (same ? then.userTicks() : 0);
          sum[2] += now.systemTicks() - (same ? then.systemTicks() : 0);
          sum[3] += now.switches() - (same ? then.switches() : 0);
        });
    List<Role> roles = new ArrayList<>();
    sums.forEach(
        (name, s) ->
            roles.add(
                new Role(name, (int) s[0], (s[1] + s[2]) * MS_PER_TICK, s[2] * MS_PER_TICK, s[3])));
    roles.sort(Comparator.comparingDouble(Role::cpuMs).reversed().thenComparing(Role::name));
    return roles;
  }

  /** The JIT compilers' CPU time among {@code roles} ({@link #since}), in ms. */
  public static double compilerCpuMs(List<Role> roles) {
    return roles.stream().filter(r -> r.name().equals(COMPILERS)).mapToDouble(Role::cpuMs).sum();
  }

  /**
   * The table written beside cpu.log: per role, its CPU time per transaction, its share of all the
   * relays' threads, the share of it spent in the kernel, and its context switches per transaction.
   */
  public static List<String> table(List<Role> roles, long transactions, double seconds) {
    double total = roles.stream().mapToDouble(Role::cpuMs).sum();
    double system = roles.stream().mapToDouble(Role::systemMs).sum();
    long switches = roles.stream().mapToLong(Role::switches).sum();
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "relays' threads over the counted part (%.1f s, %d transactions; /proc, USER_HZ 100):"
                + " cpu %.2f ms/transaction, %.0f %% of it in the kernel, %.1f context"
                + " switches/transaction",
            seconds,
            transactions,
            perTransaction(total, transactions),
            percent(system, total),
            perTransaction(switches, transactions)));
    lines.add(
        String.format(
            Locale.ROOT,
            "%-16s %7s %11s %6s %7s %12s",
            "role",
            "threads",
            "cpu ms/tx",
            "share",
            "kernel",
            "switches/tx"));
    for (Role r : roles) {
      if (r.cpuMs() == 0 && r.switches() == 0) {
        continue;
      }
      lines.add(
          String.format(
              Locale.ROOT,
              "%-16s %7d %11.3f %5.1f%% %6.0f%% %12.2f",
              r.name(),
              r.threads(),
              perTransaction(r.cpuMs(), transactions),
              percent(r.cpuMs(), total),
              percent(r.systemMs(), r.cpuMs()),
              perTransaction(r.switches(), transactions)));
    }
    return lines;
  }

  private static double perTransaction(double value, long transactions) {
    return transactions == 0 ? Double.NaN : value / transactions;
  }

  private static double percent(double part, double whole) {
    return whole == 0 ? 0 : 100 * part / whole;
  }
}

package org.kofu.kiosk.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelayThreadsTests {

  private static final String STATUS =
      "Name:\tC2 CompilerThre\nState:\tS (sleeping)\nvoluntary_ctxt_switches:\t120\n"
          + "nonvoluntary_ctxt_switches:\t30\n";

  @Test
  void aStatLineIsReadAfterItsNameWhateverTheNameHolds() {
    String stat =
        "4242 (C2 (Compiler) 1) S 1 4242 4242 0 -1 4194368 100 0 0 0 731 42 0 0 9 -1 40 0 123";

    assertThat(RelayThreads.parse(stat, STATUS))
        .contains(new RelayThreads.ThreadTime("C2 (Compiler) 1", 731, 42, 150));
  }

  @Test
  void aLineCutShortIsNotAThread() {
    assertThat(RelayThreads.parse("4242 (relay-request-1) S 1 2 3", STATUS)).isEmpty();
    assertThat(RelayThreads.parse("no name here", STATUS)).isEmpty();
  }

  @Test
  void threadsAreGroupedByTheirNameWithoutItsNumbers() {
    RelayThreads before =
        new RelayThreads(
            Map.of(
                "1/10", new RelayThreads.ThreadTime("relay-request-1", 100, 10, 50),
                "1/11", new RelayThreads.ThreadTime("relay-request-2", 200, 20, 60),
                "2/20", new RelayThreads.ThreadTime("C2 CompilerThre", 900, 0, 5)));
    RelayThreads after =
        new RelayThreads(
            Map.of(
                "1/10", new RelayThreads.ThreadTime("relay-request-1", 130, 15, 80),
                "1/11", new RelayThreads.ThreadTime("relay-request-2", 210, 25, 70),
                // started during the counted part: all of it counts
                "1/12", new RelayThreads.ThreadTime("relay-request-3", 5, 1, 4),
                "2/20", new RelayThreads.ThreadTime("C2 CompilerThre", 920, 1, 9),
                "2/21", new RelayThreads.ThreadTime("C1 CompilerThre", 3, 0, 1)));

    List<RelayThreads.Role> roles = after.since(before);

    assertThat(roles)
        .containsExactly(
            // (30 + 5 + 10 + 5 + 5 + 1) ticks of 10 ms; 11 of them in the kernel
            new RelayThreads.Role("relay-request-N", 3, 560, 110, 44),
            new RelayThreads.Role("CN CompilerThre", 2, 240, 10, 5));
    assertThat(RelayThreads.compilerCpuMs(roles)).isEqualTo(240);
  }

  @Test
  void aThreadIdTakenByAnotherThreadCountsAsANewThread() {
    RelayThreads before =
        new RelayThreads(Map.of("1/10", new RelayThreads.ThreadTime("relay-request-1", 500, 5, 9)));
    RelayThreads after =
        new RelayThreads(Map.of("1/10", new RelayThreads.ThreadTime("hz.client_1.IO", 7, 1, 2)));

    assertThat(after.since(before))
        .containsExactly(new RelayThreads.Role("hz.client_N.IO", 1, 80, 10, 2));
  }

  @Test
  void theTableGivesEachRolePerTransaction() {
    List<String> table =
        RelayThreads.table(
            List.of(
                new RelayThreads.Role("https-jsse-nio-", 70, 6_000, 1_200, 40_000),
                new RelayThreads.Role("relay-request-N", 15, 4_000, 600, 30_000),
                new RelayThreads.Role("Finalizer", 2, 0, 0, 0)),
            2_000,
            60.0);

    assertThat(table)
        .containsExactly(
            "relays' threads over the counted part (60.0 s, 2000 transactions; /proc, USER_HZ"
                + " 100): cpu 5.00 ms/transaction, 18 % of it in the kernel, 35.0 context"
                + " switches/transaction",
            "role             threads   cpu ms/tx  share  kernel  switches/tx",
            "https-jsse-nio-       70       3.000  60.0%     20%        20.00",
            "relay-request-N       15       2.000  40.0%     15%        15.00");
  }

  @Test
  void aProcessThatCannotBeReadGivesNoReading(@TempDir Path proc) {
    assertThat(RelayThreads.read(proc, List.of(4242L))).isEmpty();
  }

  @Test
  void readsTheThreadsOfAProcessFromProc(@TempDir Path proc) throws IOException {
    Path thread = Files.createDirectories(proc.resolve("4242/task/4243"));
    Files.writeString(
        thread.resolve("stat"),
        "4243 (relay-request-1) S 1 4242 4242 0 -1 4194368 100 0 0 0 731 42 0 0 9 -1 40 0 1\n");
    Files.writeString(thread.resolve("status"), STATUS);
    // a thread that ended between the listing and the reading
    Files.createDirectories(proc.resolve("4242/task/4244"));

    Optional<RelayThreads> read = RelayThreads.read(proc, List.of(4242L));

    assertThat(read).isPresent();
    RelayThreads none = new RelayThreads(Map.of());
    assertThat(read.get().since(none))
        .containsExactly(new RelayThreads.Role("relay-request-N", 1, 7_730, 420, 150));
  }

  @Test
  void readsThisProcessOnLinux() {
    assumeThat(Files.isDirectory(Path.of("/proc/self/task"))).isTrue();
    long pid = ManagementFactory.getRuntimeMXBean().getPid();
    RelayThreads before = RelayThreads.read(List.of(pid)).orElseThrow();
    long spin = System.nanoTime() + 200_000_000L;
    long sum = 0;
    while (System.nanoTime() < spin) {
      sum += Long.numberOfTrailingZeros(System.nanoTime());
    }
    RelayThreads after = RelayThreads.read(List.of(pid)).orElseThrow();

    assertThat(sum).isPositive();
    assertThat(after.since(before).stream().mapToDouble(RelayThreads.Role::cpuMs).sum())
        .isGreaterThanOrEqualTo(50);
  }
}

package org.kofu.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kofu.kiosk.load.LoadReport;

class CountedPartTests {

  @Test
  void theThreadsOfTheGivenProcessesAreTabled() {
    assumeThat(Files.isDirectory(Path.of("/proc/self/task"))).isTrue();
    long pid = ManagementFactory.getRuntimeMXBean().getPid();
    CountedPart counted = new CountedPart(List.of(), null, List.of(pid), Duration.ZERO);
    long spin = System.nanoTime() + 200_000_000L;
    long sum = 0;
    while (System.nanoTime() < spin) {
      sum += Long.numberOfTrailingZeros(System.nanoTime());
    }

    CountedPart.Outcome outcome = counted.end(new LoadReport());

    assertThat(sum).isPositive();
    // the header lines and at least this thread's role, which spun for 200 ms
    assertThat(outcome.threads()).hasSizeGreaterThan(2);
    assertThat(outcome.threads().get(0)).startsWith("relays' threads over the counted part (");
    assertThat(outcome.threads().get(1)).startsWith("role ");
  }

  @Test
  void theRelaysAreReadAsTheLoadEndsNotAfterTheBodiesAreChecked() throws Exception {
    assumeThat(Files.isDirectory(Path.of("/proc/self/task"))).isTrue();
    long pid = ManagementFactory.getRuntimeMXBean().getPid();
    CountedPart counted = new CountedPart(List.of(), null, List.of(pid), Duration.ZERO);
    Thread.sleep(100);

    counted.loadEnded();
    // the driver checking the bodies
    Thread.sleep(1_000);
    CountedPart.Outcome outcome = counted.end(new LoadReport());

    Matcher window = Pattern.compile("\\(([0-9.]+) s, ").matcher(outcome.threads().get(0));
    assertThat(window.find()).isTrue();
    assertThat(Double.parseDouble(window.group(1))).isLessThan(0.5);
  }

  @Test
  void withTwoRelaysEachHasATableOfItsOwnAfterTheWhole() throws Exception {
    assumeThat(Files.isDirectory(Path.of("/proc/self/task"))).isTrue();
    long self = ManagementFactory.getRuntimeMXBean().getPid();
    Process other = new ProcessBuilder("sleep", "30").start();
    try {
      CountedPart counted =
          new CountedPart(List.of(), null, List.of(self, other.pid()), Duration.ZERO);
      // a thread that ends before the second reading is left out: this one waits for it
      CountDownLatch spun = new CountDownLatch(1);
      CountDownLatch read = new CountDownLatch(1);
      Thread spinner =
          new Thread(
              () -> {
                spin();
                spun.countDown();
                awaitQuietly(read);
              },
              "ab-spinner-7");
      spinner.start();
      spun.await();
      CountedPart.Outcome outcome = counted.end(new LoadReport());
      read.countDown();
      spinner.join();

      List<String> lines = outcome.threads();
      int first = lines.indexOf("relay1 (pid " + self + ") alone:");
      int second = lines.indexOf("relay2 (pid " + other.pid() + ") alone:");
      assertThat(first).isPositive();
      assertThat(second).isGreaterThan(first);
      // the spinner is in the whole's table and relay1's, not in relay2's (a sleeping process)
      assertThat(lines.subList(0, first)).anyMatch(line -> line.startsWith("ab-spinner-N "));
      assertThat(lines.subList(first, second)).anyMatch(line -> line.startsWith("ab-spinner-N "));
      assertThat(lines.subList(second, lines.size()))
          .noneMatch(line -> line.startsWith("ab-spinner-N "));
    } finally {
      other.destroy();
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void spin() {
    long until = System.nanoTime() + 200_000_000L;
    long sum = 0;
    while (System.nanoTime() < until) {
      sum += Long.numberOfTrailingZeros(System.nanoTime());
    }
    assertThat(sum).isPositive();
  }

  @Test
  void withoutProcessIdsNoThreadsAreRead() {
    CountedPart counted = new CountedPart(List.of(), null, List.of(), Duration.ZERO);

    CountedPart.Outcome outcome = counted.end(new LoadReport());

    assertThat(outcome.threads()).isEmpty();
    assertThat(outcome.costs().lines().get(0))
        .startsWith("relay jit cpu ms/transaction: n/a (the relays' threads were not read;");
  }
}

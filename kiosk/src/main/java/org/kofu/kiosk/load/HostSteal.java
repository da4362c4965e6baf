package org.kofu.kiosk.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The cores the hypervisor gave to other machines while this one wanted them (steal time, Linux
 * {@code /proc/stat}), sampled every 5 s over the counted part: noise no code under test can
 * remove, which on a shared host can set a run's p99 by itself (a few seconds of a third of a core
 * stolen delay hundreds of requests).
 */
public final class HostSteal {

  static final Path STAT = Path.of("/proc/stat");

  /** The kernel's USER_HZ, in which /proc counts: 100 on every mainstream Linux build. */
  static final double TICKS_PER_SECOND = 100;

  private static final Duration INTERVAL = Duration.ofSeconds(5);

  /** A reading: when, and the steal ticks of all cores together since boot. */
  record Sample(long nanos, long stealTicks) {}

  private HostSteal() {}

  /**
   * Samples from {@code delay} on for {@code duration} (blocking the calling thread) and gives the
   * line that reports them, or nothing where /proc/stat cannot be read.
   */
  public static Optional<String> measure(Duration delay, Duration duration)
      throws InterruptedException {
    TimeUnit.NANOSECONDS.sleep(delay.toNanos());
    List<Sample> samples = new ArrayList<>();
    long end = System.nanoTime() + duration.toNanos();
    while (true) {
      Optional<Long> ticks = stealTicks();
      if (ticks.isEmpty()) {
        return Optional.empty();
      }
      samples.add(new Sample(System.nanoTime(), ticks.get()));
      long left = end - System.nanoTime();
      if (left <= 0) {
        return line(samples);
      }
      TimeUnit.NANOSECONDS.sleep(Math.min(left, INTERVAL.toNanos()));
    }
  }

  /** The mean over all samples and the highest interval, in cores; nothing under two samples. */
  static Optional<String> line(List<Sample> samples) {
    if (samples.size() < 2) {
      return Optional.empty();
    }
    double highest = 0;
    for (int i = 1; i < samples.size(); i++) {
      highest = Math.max(highest, cores(samples.get(i - 1), samples.get(i)));
    }
    double mean = cores(samples.get(0), samples.get(samples.size() - 1));
    return Optional.of(
        "load: host steal in the counted part: %.2f cores on average, at most %.2f over %d s"
            .formatted(mean, highest, INTERVAL.toSeconds()));
  }

  private static double cores(Sample from, Sample to) {
    double seconds = (to.nanos() - from.nanos()) / 1e9;
    return seconds <= 0 ? 0 : (to.stealTicks() - from.stealTicks()) / TICKS_PER_SECOND / seconds;
  }

  /** The 8th value of the first line ("cpu user nice system idle iowait irq softirq steal"). */
  static Optional<Long> stealTicks(String firstLine) {
    String[] fields = firstLine.trim().split("\\s+");
    if (fields.length < 9 || !fields[0].equals("cpu")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(fields[8]));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<Long> stealTicks() {
    try (var lines = Files.lines(STAT)) {
      return lines.findFirst().flatMap(HostSteal::stealTicks);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}

package org.kofu.kiosk.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The relays' own account of a load: their {@code kofu_relay_issuance_phase_seconds} histograms
 * read from each relay's Prometheus endpoint before and after the counted part, summed over the
 * relays, as the mean time of each step and the share of issuances in which it took over 20 ms. It
 * tells which step a slow answer spent its time in, where the kiosks only see the whole.
 */
public final class PhaseMetrics {

  static final String NAME = "kofu_relay_issuance_phase_seconds";
  static final List<String> PHASES = List.of("gate", "person", "body", "stamp", "commit", "all");
  private static final Pattern SAMPLE =
      Pattern.compile("^" + NAME + "_(count|sum|bucket)\\{([^}]*)}\\s+(\\S+)$", Pattern.MULTILINE);
  private static final Pattern LABEL = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  /** The JVM's own CPU time (Micrometer's {@code process.cpu.time}), in nanoseconds. */
  private static final Pattern CPU =
      Pattern.compile("^process_cpu_time_ns_total(?:\\{[^}]*})?\\s+(\\S+)$", Pattern.MULTILINE);

  /** The JIT compilers' time (Micrometer's {@code jvm.compilation.time}), in milliseconds. */
  private static final Pattern JIT =
      Pattern.compile("^jvm_compilation_time_ms_total(?:\\{[^}]*})?\\s+(\\S+)$", Pattern.MULTILINE);

  /** The bucket of 20 ms (Micrometer's label of a 20 ms service-level objective). */
  private static final String SLOW_BUCKET = "0.02";

  /** Count, sum (s) and issuances up to 20 ms, by "source/phase". */
  private final Map<String, double[]> values;

  /** Endpoints that gave no scrape, and why. */
  private final List<String> unread;

  /** Each relay's CPU time, in the endpoints' order; NaN where a relay did not say. */
  private final double[] cpuNanosByRelay;

  /** The relays' JIT compilation time, added up; NaN when a relay did not say. */
  private final double jitMs;

  private PhaseMetrics(
      Map<String, double[]> values, List<String> unread, double[] cpuNanosByRelay, double jitMs) {
    this.values = values;
    this.unread = unread;
    this.cpuNanosByRelay = cpuNanosByRelay;
    this.jitMs = jitMs;
  }

  /** Reads and adds up the relays' histograms; a relay that does not answer is named. */
  public static PhaseMetrics scrape(List<URI> endpoints) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Map<String, double[]> sum = new TreeMap<>();
    List<String> unread = new ArrayList<>();
    double[] cpu = new double[endpoints.size()];
    double jit = 0;
    for (int relay = 0; relay < endpoints.size(); relay++) {
      URI endpoint = endpoints.get(relay);
      try {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          add(response.body(), sum);
          cpu[relay] = first(CPU, response.body());
          jit += first(JIT, response.body());
        } else {
          unread.add(endpoint + " (HTTP " + response.statusCode() + ")");
          cpu[relay] = Double.NaN;
          jit = Double.NaN;
        }
      } catch (IOException e) {
        unread.add(endpoint + " (" + e.getClass().getSimpleName() + ")");
        cpu[relay] = Double.NaN;
        jit = Double.NaN;
      }
    }
    return new PhaseMetrics(sum, unread, cpu, jit);
  }

  public static PhaseMetrics parse(String prometheusText) {
    Map<String, double[]> sum = new TreeMap<>();
    add(prometheusText, sum);
    return new PhaseMetrics(
        sum, List.of(), new double[] {first(CPU, prometheusText)}, first(JIT, prometheusText));
  }

  private static double first(Pattern metric, String text) {
    Matcher value = metric.matcher(text);
    return value.find() ? Double.parseDouble(value.group(1)) : Double.NaN;
  }

  /**
   * The CPU time the relays used between {@code before} and this reading, in milliseconds; NaN when
   * either reading missed a relay (a part of the relays' time is no measurement).
   */
  public double cpuMsSince(PhaseMetrics before) {
    return Arrays.stream(cpuMsByRelaySince(before)).sum();
  }

  /**
   * Each relay's CPU time between {@code before} and this reading, in milliseconds, in the
   * endpoints' order; NaN for a relay either reading missed.
   */
  public double[] cpuMsByRelaySince(PhaseMetrics before) {
    double[] ms = new double[cpuNanosByRelay.length];
    for (int relay = 0; relay < ms.length; relay++) {
      ms[relay] =
          relay < before.cpuNanosByRelay.length
              ? (cpuNanosByRelay[relay] - before.cpuNanosByRelay[relay]) / 1e6
              : Double.NaN;
    }
    return ms;
  }

  /** The relays' JIT compilation time between {@code before} and this reading, NaN if unread. */
  public double jitMsSince(PhaseMetrics before) {
    return jitMs - before.jitMs;
  }

  private static void add(String text, Map<String, double[]> sum) {
    Matcher sample = SAMPLE.matcher(text);
    while (sample.find()) {
      Map<String, String> labels = new TreeMap<>();
      Matcher label = LABEL.matcher(sample.group(2));
      while (label.find()) {
        labels.put(label.group(1), label.group(2));
      }
      double[] v =
          sum.computeIfAbsent(labels.get("source") + "/" + labels.get("phase"), k -> new double[3]);
      double value = Double.parseDouble(sample.group(3));
      switch (sample.group(1)) {
        case "count" -> v[0] += value;
        case "sum" -> v[1] += value;
        default -> {
          if (SLOW_BUCKET.equals(labels.get("le"))) {
            v[2] += value;
          }
        }
      }
    }
  }

  /**
   * Two lines per source that issued between {@code before} and this reading, after one for each
   * relay either reading missed.
   */
  public List<String> linesSince(PhaseMetrics before) {
    List<String> lines = new ArrayList<>();
    before.unread.forEach(e -> lines.add("relay steps: not read before the counted part: " + e));
    unread.forEach(e -> lines.add("relay steps: not read after the counted part: " + e));
    for (String source : List.of("cache", "on_demand")) {
      double[] all = delta(before, source + "/all");
      if (all[0] == 0) {
        continue;
      }
      StringBuilder mean = new StringBuilder();
      StringBuilder slow = new StringBuilder();
      for (String phase : PHASES) {
        double[] d = delta(before, source + "/" + phase);
        mean.append(String.format(Locale.ROOT, " %s %.2f", phase, d[1] * 1000 / d[0]));
        slow.append(String.format(Locale.ROOT, " %s %.2f%%", phase, 100 * (d[0] - d[2]) / d[0]));
      }
      lines.add(
          "relay steps, %s (%d issuances), mean ms:%s".formatted(source, (long) all[0], mean));
      lines.add("relay steps, %s, share over 20 ms:%s".formatted(source, slow));
    }
    return lines;
  }

  private double[] delta(PhaseMetrics before, String key) {
    double[] now = values.getOrDefault(key, new double[3]);
    double[] then = before.values.getOrDefault(key, new double[3]);
    return new double[] {now[0] - then[0], now[1] - then[1], now[2] - then[2]};
  }
}

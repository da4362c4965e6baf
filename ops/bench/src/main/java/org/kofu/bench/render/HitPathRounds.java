package org.kofu.bench.render;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.kofu.core.render.body.BodyStamper;
import org.kofu.core.render.body.PreviousBodyCodec;
import org.kofu.core.render.body.RenderedBody;
import org.kofu.core.render.body.RenderedBodyCodec;

/**
 * What certificate-core does for a relay's cache hit, measured for the implementation before issue
 * 28's allocation work ({@link PreviousBodyCodec}, main at 0e0d8d0) and the current one in
 * alternating rounds on the same values: decoding (format 5, and format 4 as a kept body's repeat
 * decodes), and the hit path from the decrypted value on (decode, stamp, SHA-256 of the stamped PDF
 * as {@code DigestUtils.sha256Hex} hashes it). The thread's CPU and the bytes it allocated per
 * body, each round printed, then the medians of the rounds.
 */
final class HitPathRounds {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 5);
  private static final String NUMBER = "012025-261205-000001";

  private final com.sun.management.ThreadMXBean threads =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private final BodyStamper stamper = new BodyStamper();
  private final List<String> steps = List.of("decode 5", "decode 4", "hit path 5");
  private final List<List<double[]>> previous = new ArrayList<>();
  private final List<List<double[]>> current = new ArrayList<>();

  static void run(PrintStream out, List<RenderedBody> bodies, List<byte[]> forms, int rounds) {
    new HitPathRounds().measure(out, bodies, forms, rounds);
  }

  private void measure(PrintStream out, List<RenderedBody> bodies, List<byte[]> forms, int rounds) {
    List<byte[]> format4 = forms.stream().map(HitPathRounds::asFormat4).toList();
    for (int s = 0; s < steps.size(); s++) {
      previous.add(new ArrayList<>());
      current.add(new ArrayList<>());
    }
    for (int round = -1; round < rounds; round++) {
      for (int s = 0; s < steps.size(); s++) {
        List<byte[]> values = s == 1 ? format4 : forms;
        boolean hit = s == 2;
        // each side first in every other round: neither always pays the other's garbage
        boolean previousFirst = round % 2 == 0;
        double[] first = pass(bodies, values, body -> step(body, hit, previousFirst));
        double[] second = pass(bodies, values, body -> step(body, hit, !previousFirst));
        double[] before = previousFirst ? first : second;
        double[] after = previousFirst ? second : first;
        if (round < 0) {
          continue; // the first round warms both up
        }
        previous.get(s).add(before);
        current.get(s).add(after);
        out.printf(
            "round %d %-10s previous %.3f ms CPU %,d B/body | current %.3f ms CPU %,d B/body%n",
            round, steps.get(s), before[0], (long) before[1], after[0], (long) after[1]);
      }
    }
    for (int s = 0; s < steps.size(); s++) {
      out.printf(
          "median %-10s previous %.3f ms CPU %,d B/body | current %.3f ms CPU %,d B/body%n",
          steps.get(s),
          median(previous.get(s), 0),
          (long) median(previous.get(s), 1),
          median(current.get(s), 0),
          (long) median(current.get(s), 1));
    }
  }

  private record Value(RenderedBody body, byte[] form) {}

  private double[] pass(List<RenderedBody> bodies, List<byte[]> values, Consumer<Value> work) {
    long cpu = threads.getCurrentThreadCpuTime();
    long allocated = threads.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < values.size(); i++) {
      work.accept(new Value(bodies.get(i), values.get(i)));
    }
    long n = values.size();
    return new double[] {
      (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / n,
      (threads.getCurrentThreadAllocatedBytes() - allocated) / (double) n
    };
  }

  private void step(Value value, boolean hit, boolean before) {
    RenderedBody source = value.body();
    RenderedBody decoded =
        before
            ? PreviousBodyCodec.decode(source.sources(), source.renderedAt(), value.form())
            : RenderedBodyCodec.decode(source.sources(), source.renderedAt(), value.form());
    if (hit && sha256Hex(stamper.stamp(decoded, DAY, NUMBER)).isEmpty()) {
      throw new IllegalStateException("no digest");
    }
  }

  private static String sha256Hex(byte[] pdf) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static double median(List<double[]> rounds, int field) {
    double[] values = rounds.stream().mapToDouble(r -> r[field]).sorted().toArray();
    int mid = values.length / 2;
    return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
  }

  private static byte[] asFormat4(byte[] form) {
    byte[] format4 = form.clone();
    format4[0] = 4;
    return format4;
  }
}

package org.kofu.bench.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import org.kofu.core.certificate.CertificateContent;

/**
 * The MJ certificates and their partners ({@link MjPartners}) rendered by the project's renderer in
 * alternating rounds (MJ, partners, MJ, partners, …), each round the whole set, after a warm-up
 * that renders both sets whole once and checks each body: an MJ certificate's embeds the IPAmj
 * subset ({@code +KofuMJ}), a partner's does not. Every round is alike for the subset cache (the
 * renderer keeps the last 1,024 subsets): with fewer MJ certificates every round reuses them, with
 * more every round makes them again. Figures are medians over the rounds; the CPU ratio is the
 * median of each pair of rounds' own ratio.
 */
final class MjRounds {

  private static final byte[] MJ_FONT = "+KofuMJ".getBytes(StandardCharsets.US_ASCII);

  private final List<ParallelRun.Result> mj = new ArrayList<>();
  private final List<ParallelRun.Result> partners = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();

  /**
   * @param render the project's renderer: a certificate's PDF
   */
  static MjRounds run(
      MjPartners pairs, int rounds, int threads, Function<CertificateContent, byte[]> render)
      throws InterruptedException {
    MjRounds result = new MjRounds();
    result.check(pairs.mj(), render, true);
    result.check(pairs.partners(), render, false);
    ToIntFunction<CertificateContent> size = c -> render.apply(c).length;
    for (int round = 0; round < rounds && !pairs.mj().isEmpty(); round++) {
      result.mj.add(ParallelRun.measure(pairs.mj(), threads, size));
      result.partners.add(ParallelRun.measure(pairs.partners(), threads, size));
    }
    return result;
  }

  private void check(
      List<CertificateContent> set, Function<CertificateContent, byte[]> render, boolean withMj) {
    int wrong = 0;
    for (CertificateContent c : set) {
      if (contains(render.apply(c), MJ_FONT) != withMj) {
        wrong++;
      }
    }
    if (wrong > 0) {
      problems.add(
          "%d %s".formatted(wrong, withMj ? "MJ bodies without IPAmj" : "partners with IPAmj"));
    }
  }

  private static boolean contains(byte[] pdf, byte[] what) {
    outer:
    for (int i = 0; i <= pdf.length - what.length; i++) {
      for (int k = 0; k < what.length; k++) {
        if (pdf[i + k] != what[k]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /** What the warm-up's checks found wrong; empty when nothing. */
  List<String> problems() {
    return problems;
  }

  double mjPerSecond() {
    return median(mj, ParallelRun.Result::perSecond);
  }

  double partnersPerSecond() {
    return median(partners, ParallelRun.Result::perSecond);
  }

  /** The MJ certificates' rate over their partners', in CPU time: median of the rounds' ratios. */
  double cpuRatio() {
    double[] ratios = new double[mj.size()];
    for (int i = 0; i < ratios.length; i++) {
      ratios[i] = partners.get(i).cpuMsEach() / mj.get(i).cpuMsEach();
    }
    return ratios.length == 0 ? Double.NaN : AlternatingRounds.median(ratios);
  }

  /** The same in wall-clock time. */
  double wallRatio() {
    double[] ratios = new double[mj.size()];
    for (int i = 0; i < ratios.length; i++) {
      ratios[i] = mj.get(i).perSecond() / partners.get(i).perSecond();
    }
    return ratios.length == 0 ? Double.NaN : AlternatingRounds.median(ratios);
  }

  double mjCpuMsEach() {
    return median(mj, ParallelRun.Result::cpuMsEach);
  }

  double partnersCpuMsEach() {
    return median(partners, ParallelRun.Result::cpuMsEach);
  }

  int rounds() {
    return mj.size();
  }

  private static double median(
      List<ParallelRun.Result> results, ToDoubleFunction<ParallelRun.Result> figure) {
    return results.isEmpty()
        ? Double.NaN
        : AlternatingRounds.median(results.stream().mapToDouble(figure).toArray());
  }
}

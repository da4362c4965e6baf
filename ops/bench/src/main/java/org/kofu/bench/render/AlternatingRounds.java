package org.kofu.bench.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;

/**
 * The baseline and the project's renderer measured in turns (baseline, project, baseline, …), each
 * round on its own slice of the mix so that the whole mix is rendered once by each: a noisy moment
 * of the shared host falls on both sides of a round rather than on one renderer's whole pass.
 * Figures are medians over the rounds; the CPU ratio is the median of each round's own ratio.
 */
final class AlternatingRounds<T> {

  private final List<ParallelRun.Result> baseline = new ArrayList<>();
  private final List<ParallelRun.Result> project = new ArrayList<>();

  static <T> AlternatingRounds<T> run(
      List<T> contents, int rounds, int threads, ToIntFunction<T> plain, ToIntFunction<T> kofu)
      throws InterruptedException {
    AlternatingRounds<T> result = new AlternatingRounds<>();
    int size = Math.max(1, contents.size() / rounds);
    for (int round = 0; round < rounds; round++) {
      int from = round * size;
      List<T> slice = contents.subList(from, round == rounds - 1 ? contents.size() : from + size);
      result.baseline.add(ParallelRun.measure(slice, threads, plain));
      result.project.add(ParallelRun.measure(slice, threads, kofu));
    }
    return result;
  }

  double baselinePerSecond() {
    return median(baseline, ParallelRun.Result::perSecond);
  }

  double projectPerSecond() {
    return median(project, ParallelRun.Result::perSecond);
  }

  /** How many times less CPU a certificate takes with the project's renderer. */
  double cpuRatio() {
    double[] ratios = new double[baseline.size()];
    for (int i = 0; i < ratios.length; i++) {
      ratios[i] = baseline.get(i).cpuMsEach() / project.get(i).cpuMsEach();
    }
    return median(ratios);
  }

  double baselineCpuMsEach() {
    return median(baseline, ParallelRun.Result::cpuMsEach);
  }

  double projectCpuMsEach() {
    return median(project, ParallelRun.Result::cpuMsEach);
  }

  long projectAverageBytes() {
    long bytes = project.stream().mapToLong(ParallelRun.Result::bytes).sum();
    int count = project.stream().mapToInt(ParallelRun.Result::count).sum();
    return count == 0 ? 0 : bytes / count;
  }

  int rounds() {
    return baseline.size();
  }

  private static double median(
      List<ParallelRun.Result> results, ToDoubleFunction<ParallelRun.Result> figure) {
    return median(results.stream().mapToDouble(figure).toArray());
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}

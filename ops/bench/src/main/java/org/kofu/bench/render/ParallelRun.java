package org.kofu.bench.render;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;

/** Renders a list of contents on N threads, each taking the next unrendered one. */
final class ParallelRun {

  private static final int WARM_UP = 300;

  private ParallelRun() {}

  /** The rate, the worker threads' CPU time and the average output size of one pass. */
  record Result(int count, long nanos, long cpuNanos, long bytes) {
    double perSecond() {
      return count / (nanos / 1e9);
    }

    /** CPU milliseconds of the rendering threads per certificate. */
    double cpuMsEach() {
      return count == 0 ? 0 : cpuNanos / 1e6 / count;
    }

    long averageBytes() {
      return count == 0 ? 0 : bytes / count;
    }
  }

  @SafeVarargs
  static void warmUp(List<?> contents, ToIntFunction<?>... renderers) {
    for (ToIntFunction<?> r : renderers) {
      @SuppressWarnings("unchecked")
      ToIntFunction<Object> renderer = (ToIntFunction<Object>) r;
      contents.stream().limit(WARM_UP).forEach(renderer::applyAsInt);
    }
  }

  static <T> Result measure(List<T> contents, int threads, ToIntFunction<T> renderer)
      throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    AtomicLong bytes = new AtomicLong();
    AtomicLong cpu = new AtomicLong();
    ThreadMXBean cpuClock = ManagementFactory.getThreadMXBean();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    try {
      List<Future<?>> workers =
          java.util.stream.IntStream.range(0, threads)
              .<Future<?>>mapToObj(
                  t ->
                      pool.submit(
                          () -> {
                            long started = cpuClock.getCurrentThreadCpuTime();
                            for (int i = next.getAndIncrement();
                                i < contents.size();
                                i = next.getAndIncrement()) {
                              bytes.addAndGet(renderer.applyAsInt(contents.get(i)));
                            }
                            cpu.addAndGet(cpuClock.getCurrentThreadCpuTime() - started);
                          }))
              .toList();
      for (Future<?> w : workers) {
        w.get();
      }
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("rendering failed", e.getCause());
    } finally {
      pool.shutdown();
    }
    return new Result(contents.size(), System.nanoTime() - start, cpu.get(), bytes.get());
  }
}

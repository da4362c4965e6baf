package org.kofu.bench.pregenerate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/** Indexes 0..n-1 done by {@code threads} tasks of a pool, each taking the next one left. */
final class OnThreads {

  private OnThreads() {}

  static void run(ExecutorService pool, int threads, int n, IntConsumer work) throws Exception {
    AtomicInteger next = new AtomicInteger();
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(
          pool.submit(
              () -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                  work.accept(i);
                }
              }));
    }
    for (Future<?> w : workers) {
      w.get();
    }
  }
}

package org.kofu.projectdb.chain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/** Appends from several threads at once; shared by the H2 test and the PostgreSQL IT. */
public final class ConcurrentAppends {

  private ConcurrentAppends() {}

  public static ChainVerification run(DataSource dataSource, int threads, int appendsEach)
      throws Exception {
    HashChain chain = new HashChain(dataSource);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        String actor = "worker-" + t;
        futures.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < appendsEach; i++) {
                    chain.append(
                        ChainTable.AUDIT, List.of(Instant.now(), actor, "APPEND", "#" + i, "-"));
                  }
                  return null;
                }));
      }
      for (Future<?> future : futures) {
        future.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    return chain.verify(ChainTable.AUDIT);
  }
}

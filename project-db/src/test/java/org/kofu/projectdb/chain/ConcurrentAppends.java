package org.kofu.projectdb.chain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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

  /**
   * Issuance records queued from several threads, each thread also draining now and then through a
   * HashChain of its own (as relay nodes do); then one last drain. Returns the verification.
   */
  public static ChainVerification runQueued(DataSource dataSource, int threads, int recordsEach)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        HashChain node = new HashChain(dataSource);
        int thread = t;
        futures.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < recordsEach; i++) {
                    node.enqueue(ChainTable.ISSUANCE, issuanceRecord("q-" + thread + "-" + i));
                    if (i % 3 == thread % 3) {
                      node.drain(ChainTable.ISSUANCE, 4);
                    }
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
    HashChain chain = new HashChain(dataSource);
    while (chain.drain(ChainTable.ISSUANCE, 100) > 0) {
      // until the queue is empty
    }
    return chain.verify(ChainTable.ISSUANCE);
  }

  /** An issuance log record (the columns of {@link ChainTable#ISSUANCE}) for a request id. */
  public static List<Object> issuanceRecord(String requestId) {
    return Arrays.asList(
        Instant.now(),
        "CERTIFICATE",
        requestId,
        "K-1",
        "R:1",
        "JUMINHYO",
        "",
        200,
        "ISSUED",
        null,
        "CACHE",
        "012025-261127-000001",
        "ab".repeat(32),
        3L);
  }
}

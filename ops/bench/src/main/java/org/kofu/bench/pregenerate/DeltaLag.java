package org.kofu.bench.pregenerate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.kofu.batch.BatchApplication;
import org.kofu.batch.eligibility.PregenerationProperties;
import org.kofu.batch.testing.Jobs;
import org.kofu.batch.testing.Legacy;
import org.kofu.cache.contract.CertificateCache;
import org.kofu.core.certificate.PersonRef;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.context.ApplicationContext;

/**
 * Legacy commit → fresh cache entry: {@code changes} updates of residents' rows committed one every
 * {@code interval} while {@code continuousDelta} polls the journals (stopped through the {@code
 * JobOperator} at the end); each change is done when the person's cached 住民票 was made from the
 * committed version or a later one.
 */
final class DeltaLag {

  private record Change(long atenaNo, long version, long committedAt) {}

  private DeltaLag() {}

  static LagFigures measure(ApplicationContext node, DataSource db, int changes, Duration interval)
      throws Exception {
    Legacy legacy = new Legacy(db);
    CertificateCache cache = node.getBean(CertificateCache.class);
    List<Long> people =
        legacy.eligibleForJuminhyo(java.time.LocalDate.now(BatchApplication.ZONE)).stream()
            .filter(a -> cache.get(self(a)).isPresent())
            .toList();
    AtomicBoolean done = new AtomicBoolean();
    Thread deltas =
        new Thread(
            () -> {
              try {
                var run = Jobs.run(node, "continuousDelta", Jobs.now());
                if (run.getStatus() != BatchStatus.STOPPED) {
                  throw new IllegalStateException("continuousDelta " + run.getStatus());
                }
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            },
            "continuous-delta");
    deltas.start();
    long executionId = awaitStarted(node);
    ConcurrentLinkedQueue<Change> pending = new ConcurrentLinkedQueue<>();
    List<Long> lags = Collections.synchronizedList(new ArrayList<>());
    Thread checker = new Thread(() -> check(cache, pending, lags, done), "lag-checker");
    checker.start();
    for (int i = 0; i < changes; i++) {
      long atenaNo = people.get((i * 7919) % people.size());
      long version =
          legacy
              .jdbc()
              .sql("UPDATE madoguchi.jumin SET katagaki = :k WHERE atena_no = :a RETURNING version")
              .param("k", "ベンチ" + i)
              .param("a", atenaNo)
              .query(Long.class)
              .single();
      pending.add(new Change(atenaNo, version, System.currentTimeMillis()));
      Thread.sleep(interval.toMillis());
    }
    long deadline = System.currentTimeMillis() + 180_000;
    while (lags.size() < changes && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
    }
    done.set(true);
    node.getBean(JobOperator.class).stop(executionId);
    deltas.join();
    checker.join();
    return new LagFigures(lags, changes);
  }

  private static long awaitStarted(ApplicationContext node) throws InterruptedException {
    JobExplorer explorer = node.getBean(JobExplorer.class);
    while (true) {
      var running = explorer.findRunningJobExecutions("continuousDelta");
      if (!running.isEmpty()) {
        return running.iterator().next().getId();
      }
      Thread.sleep(50);
    }
  }

  private static void check(
      CertificateCache cache,
      ConcurrentLinkedQueue<Change> pending,
      List<Long> lags,
      AtomicBoolean done) {
    while (!done.get()) {
      for (var it = pending.iterator(); it.hasNext(); ) {
        Change change = it.next();
        Long cached =
            cache
                .get(self(change.atenaNo()))
                .map(b -> b.sources().versions().get("madoguchi.jumin:" + change.atenaNo()))
                .orElse(null);
        if (cached != null && cached >= change.version()) {
          lags.add(System.currentTimeMillis() - change.committedAt());
          it.remove();
        }
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private static org.kofu.core.certificate.CertificateSubject self(long atenaNo) {
    return PregenerationProperties.DEFAULTS.get(0).subject(new PersonRef.Resident(atenaNo));
  }
}

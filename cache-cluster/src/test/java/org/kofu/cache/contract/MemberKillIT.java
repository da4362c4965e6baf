package org.kofu.cache.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.splitbrainprotection.SplitBrainProtectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kofu.cache.testing.Subjects;
import org.kofu.cache.testing.SyntheticBodies;
import org.kofu.cache.testing.TestCluster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Three members, writes refused below two: the production shape of the cluster. */
class MemberKillIT {

  private static final Logger log = LoggerFactory.getLogger(MemberKillIT.class);
  private static final Instant NIGHT = Instant.parse("2026-11-25T01:00:00Z");
  private static final int PERSONS = 400;

  private final TestCluster cluster = new TestCluster(2);

  @AfterEach
  void stopCluster() {
    cluster.close();
  }

  @Test
  void aMemberKilledDuringABatchLosesNothingAcknowledgedAndTheRestKeepsServing() {
    List<HazelcastInstance> members = cluster.startMembers(3);
    CertificateCache cache = TestCluster.cache(cluster.client(members), Clock.systemUTC());
    Queue<Integer> acknowledged = new ConcurrentLinkedQueue<>();
    AtomicInteger failed = new AtomicInteger();
    CountDownLatch quarterWritten = new CountDownLatch(1);
    CountDownLatch killing = new CountDownLatch(1);

    CompletableFuture<Void> batch =
        CompletableFuture.runAsync(
            () -> {
              for (int p = 100_000; p < 100_000 + PERSONS; p++) {
                if (p == 100_000 + PERSONS / 4) {
                  // the rest is written while the member is being killed and after
                  quarterWritten.countDown();
                  awaitQuietly(killing);
                }
                try {
                  if (cache.put(
                          Subjects.juminhyo(p),
                          Subjects.sources(p, 1),
                          NIGHT,
                          SyntheticBodies.body(p))
                      == PutOutcome.STORED) {
                    acknowledged.add(p);
                  }
                } catch (RuntimeException e) {
                  failed.incrementAndGet();
                }
              }
            });
    awaitQuietly(quarterWritten);
    killing.countDown();
    members.get(2).getLifecycleService().terminate();
    batch.join();

    log.info(
        "{} writes acknowledged, {} failed while a member was killed",
        acknowledged.size(),
        failed.get());
    assertThat(acknowledged.size()).isGreaterThan(PERSONS * 3 / 4);
    for (int p : acknowledged) {
      assertThat(cache.get(Subjects.juminhyo(p)))
          .as("acknowledged body of A%d", p)
          .hasValueSatisfying(b -> assertThat(b.payload()).isEqualTo(SyntheticBodies.body(p)));
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aLoneMemberRefusesWritesButStillAnswersReads() {
    List<HazelcastInstance> members = cluster.startMembers(2);
    CertificateCache cache = TestCluster.cache(members.get(0), Clock.systemUTC());
    cache.put(Subjects.juminhyo(41), Subjects.sources(41, 1), NIGHT, SyntheticBodies.body(41));

    members.get(1).getLifecycleService().terminate();
    // the protection's status follows the membership event a moment after the member list does
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                members.get(0).getCluster().getMembers().size() == 1
                    && !members
                        .get(0)
                        .getSplitBrainProtectionService()
                        .getSplitBrainProtection("kofu-cache-writes")
                        .hasMinimumSize());

    assertThatThrownBy(
            () ->
                cache.put(
                    Subjects.juminhyo(42),
                    Subjects.sources(42, 1),
                    NIGHT,
                    SyntheticBodies.body(42)))
        .isInstanceOf(SplitBrainProtectionException.class);
    assertThat(cache.get(Subjects.juminhyo(41))).isPresent();
  }
}

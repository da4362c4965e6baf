package org.kofu.batch.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.hazelcast.core.HazelcastInstance;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kofu.batch.eligibility.PregenerationProperties;
import org.kofu.batch.skip.SkipLog;
import org.kofu.batch.testing.BatchTestBed;
import org.kofu.batch.testing.Jobs;
import org.kofu.batch.testing.Legacy;
import org.kofu.cache.contract.CacheMaps;
import org.kofu.cache.contract.CertificateCache;
import org.kofu.core.certificate.PersonRef;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;

/** A cache member of three killed while the full run writes. */
class MemberKillIT {

  static BatchTestBed bed;
  static ConfigurableApplicationContext node;

  @BeforeAll
  static void start() throws Exception {
    bed = new BatchTestBed(150, 3, 2);
    node = bed.node();
  }

  @AfterAll
  static void stop() throws Exception {
    bed.close();
  }

  @Test
  void aMemberKilledDuringARunLosesNothingAcknowledged() throws Exception {
    HazelcastInstance client = node.getBean(HazelcastInstance.class);
    CompletableFuture<JobExecution> run =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return Jobs.run(node, "fullPregeneration", Jobs.full(BatchTestBed.TODAY, 1));
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    await("30 bodies cached before the kill")
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> client.getMap(CacheMaps.BODIES).size() >= 30 || run.isDone());
    boolean runningAtKill = !run.isDone();
    bed.members().members().get(1).getLifecycleService().terminate();
    JobExecution first = run.join();
    assertThat(runningAtKill).isTrue();
    JobExecution last =
        first.getStatus() == BatchStatus.COMPLETED
            ? first
            : Jobs.run(node, "fullPregeneration", Jobs.full(BatchTestBed.TODAY, 1));

    assertThat(last.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    Set<String> skipped =
        List.of(first, last).stream()
            .flatMap(e -> node.getBean(SkipLog.class).of(e.getId()).stream())
            .map(SkipLog.Entry::personKey)
            .collect(Collectors.toSet());
    Legacy legacy = new Legacy(bed.legacyWriter());
    Set<Long> expected = new TreeSet<>(legacy.eligibleForJuminhyo(BatchTestBed.TODAY));
    expected.removeIf(a -> skipped.contains(new PersonRef.Resident(a).key()));
    CertificateCache cache = node.getBean(CertificateCache.class);
    Set<Long> cached = new TreeSet<>();
    for (long atenaNo : legacy.activeResidents()) {
      var self = PregenerationProperties.DEFAULTS.get(0).subject(new PersonRef.Resident(atenaNo));
      if (cache.get(self).isPresent()) {
        cached.add(atenaNo);
      }
    }
    assertThat(cached).isEqualTo(expected);
  }
}

package org.kofu.batch.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kofu.batch.eligibility.PregenerationProperties;
import org.kofu.batch.skip.SkipLog;
import org.kofu.batch.testing.BatchTestBed;
import org.kofu.batch.testing.Jobs;
import org.kofu.batch.testing.Legacy;
import org.kofu.cache.contract.CertificateCache;
import org.kofu.core.certificate.PersonRef;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ChunkListener;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Two batch nodes on one project database: the ranges of one full run are shared out. */
class RemotePartitioningIT {

  static final class CountChunks implements ChunkListener {
    final AtomicInteger chunks = new AtomicInteger();

    @Override
    public void afterChunk(ChunkContext context) {
      chunks.incrementAndGet();
    }
  }

  static BatchTestBed bed;
  static final CountChunks onA = new CountChunks();
  static final CountChunks onB = new CountChunks();
  static ConfigurableApplicationContext nodeA;
  static ConfigurableApplicationContext nodeB;

  @BeforeAll
  static void start() throws Exception {
    bed = new BatchTestBed(150, 2, 2);
    String[] remote = {"kofu.batch.remote-partitioning.enabled=true", "kofu.batch.threads=1"};
    nodeA = bed.node(Map.of("countChunks", onA), remote);
    nodeB = bed.node(Map.of("countChunks", onB), remote);
  }

  @AfterAll
  static void stop() throws Exception {
    bed.close();
  }

  @Test
  void theRangesOfOneRunAreRunByBothNodes() throws Exception {
    JobExecution run = Jobs.run(nodeA, "fullPregeneration", Jobs.full(BatchTestBed.TODAY, 1));

    assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(onA.chunks.get()).isPositive();
    assertThat(onB.chunks.get()).isPositive();
    Set<String> skipped = new TreeSet<>();
    nodeA.getBean(SkipLog.class).of(run.getId()).forEach(e -> skipped.add(e.personKey()));
    Legacy legacy = new Legacy(bed.legacyWriter());
    Set<Long> expected = new TreeSet<>(legacy.eligibleForJuminhyo(BatchTestBed.TODAY));
    expected.removeIf(a -> skipped.contains(new PersonRef.Resident(a).key()));
    CertificateCache cache = nodeA.getBean(CertificateCache.class);
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

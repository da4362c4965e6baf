package org.kofu.batch.full;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.HazelcastInstance;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.kofu.batch.eligibility.Variant;
import org.kofu.batch.progress.JobProgress;
import org.kofu.batch.skip.SkipLog;
import org.kofu.batch.testing.BatchTestBed;
import org.kofu.batch.testing.CacheSnapshot;
import org.kofu.batch.testing.Jobs;
import org.kofu.batch.testing.Legacy;
import org.kofu.cache.contract.CacheMaps;
import org.kofu.cache.contract.CertificateCache;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.certificate.Scope;
import org.kofu.core.certificate.SourceVersions;
import org.kofu.core.rules.TaxYearWindow;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.context.ConfigurableApplicationContext;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FullPregenerationIT {

  private static final Variant SELF = new Variant(CertificateType.JUMINHYO, Scope.SELF, true);

  static BatchTestBed bed;
  static ConfigurableApplicationContext node;
  static final FailAfterChunks failer = new FailAfterChunks();
  static Map<String, SourceVersions> cleanRun;

  @BeforeAll
  static void start() throws Exception {
    bed = new BatchTestBed(150, 2, 2);
    node = bed.node(Map.of("failAfterChunks", failer));
  }

  @AfterAll
  static void stop() throws Exception {
    bed.close();
  }

  @Test
  @Order(1)
  void aFullRunCachesExactlyTheEligibleSet() throws Exception {
    JobExecution run = Jobs.run(node, "fullPregeneration", Jobs.full(BatchTestBed.TODAY, 1));

    assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    Legacy legacy = new Legacy(bed.legacyWriter());
    Set<String> skipped =
        node.getBean(SkipLog.class).of(run.getId()).stream()
            .map(SkipLog.Entry::personKey)
            .collect(Collectors.toSet());
    Set<Long> expected = new TreeSet<>(legacy.eligibleForJuminhyo(BatchTestBed.TODAY));
    expected.removeIf(a -> skipped.contains(new PersonRef.Resident(a).key()));
    CertificateCache cache = node.getBean(CertificateCache.class);
    Set<Long> cached = new TreeSet<>();
    for (long atenaNo : legacy.activeResidents()) {
      if (cache.get(SELF.subject(new PersonRef.Resident(atenaNo))).isPresent()) {
        cached.add(atenaNo);
      }
    }
    assertThat(cached).isNotEmpty().isEqualTo(expected);
    cleanRun = CacheSnapshot.of(cache, legacy.activeResidents());
    JobProgress.Snapshot progress = node.getBean(JobProgress.class).of(run.getId()).orElseThrow();
    assertThat(progress.counts().partitions())
        .isEqualTo(progress.counts().partitionsDone())
        .isGreaterThan(1);
    assertThat(progress.counts().read()).isEqualTo(legacy.activeResidents().size());
    assertThat(progress.counts().skipped()).isEqualTo(skipped.size());
    // each partition's stored total is what its reader read: the eligible (active) persons
    for (StepExecution partition : partitions(run)) {
      assertThat(partition.getExecutionContext().getLong(JobProgress.ITEMS_TOTAL))
          .as(partition.getStepName())
          .isEqualTo(partition.getReadCount() + partition.getReadSkipCount());
    }
    assertThat(progress.counts().itemsTotal()).isEqualTo(legacy.activeResidents().size());
    assertThat(progress.counts().itemsDone()).isEqualTo(progress.counts().itemsTotal());
    assertThat(progress.counts().itemsFraction()).isEqualTo(1.0);
    eachTaxKindIsCachedForThoseWithARecordOfTheCurrentYear(legacy, expected, cache);
  }

  /**
   * 所得・課税, 所得 and 課税 each have a body of their own for every eligible resident with a record of the
   * 年度 a kiosk issues (the run day's), and none for the others.
   */
  private static void eachTaxKindIsCachedForThoseWithARecordOfTheCurrentYear(
      Legacy legacy, Set<Long> eligible, CertificateCache cache) {
    Set<Long> payers =
        new TreeSet<>(
            legacy
                .jdbc()
                .sql("SELECT atena_no FROM madoguchi.shotoku_kazei WHERE nendo = :n")
                .param("n", TaxYearWindow.fiscalYear(BatchTestBed.TODAY))
                .query(Long.class)
                .list());
    payers.retainAll(eligible);
    assertThat(payers).isNotEmpty();
    for (CertificateType type :
        List.of(CertificateType.SHOTOKU_KAZEI, CertificateType.SHOTOKU, CertificateType.KAZEI)) {
      Variant variant = new Variant(type, null, false);
      Set<Long> cached = new TreeSet<>();
      for (long atenaNo : eligible) {
        var subject = variant.subject(new PersonRef.Resident(atenaNo));
        cache
            .get(subject)
            .ifPresent(
                body -> {
                  // the body was made for this kind, not another one's
                  assertThat(body.subjectKey()).isEqualTo(subject.key());
                  cached.add(atenaNo);
                });
      }
      assertThat(cached).as("%s", type).isEqualTo(payers);
    }
  }

  @Test
  @Order(2)
  void aRunKilledMidwayThenRestartedLeavesTheSameCacheAsACleanRun() throws Exception {
    node.getBean(HazelcastInstance.class).getMap(CacheMaps.BODIES).clear();
    failer.arm(3);

    JobExecution killed = Jobs.run(node, "fullPregeneration", Jobs.full(BatchTestBed.TODAY, 2));
    JobExecution restarted = Jobs.run(node, "fullPregeneration", Jobs.full(BatchTestBed.TODAY, 2));

    assertThat(killed.getStatus()).isEqualTo(BatchStatus.FAILED);
    assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(restarted.getJobInstance().getId()).isEqualTo(killed.getJobInstance().getId());
    List<Long> active = new Legacy(bed.legacyWriter()).activeResidents();
    JobProgress progress = node.getBean(JobProgress.class);
    // the restart resumed where the killed run stopped instead of starting over
    assertThat(progress.of(restarted.getId()).orElseThrow().counts().read())
        .isLessThan(active.size());
    // the killed run's items bar stopped short; the restart reuses the stored partitions' totals
    JobProgress.Snapshot killedProgress = progress.of(killed.getId()).orElseThrow();
    assertThat(killedProgress.counts().itemsTotal()).isEqualTo(active.size());
    assertThat(killedProgress.counts().itemsDone())
        .isLessThan(killedProgress.counts().itemsTotal());
    Map<String, Long> killedTotals =
        partitions(killed).stream()
            .collect(
                Collectors.toMap(
                    StepExecution::getStepName,
                    s -> s.getExecutionContext().getLong(JobProgress.ITEMS_TOTAL)));
    // as stored: the splitter's in-memory execution also holds the completed partitions, unrun
    List<StepExecution> resumed =
        partitions(node.getBean(JobExplorer.class).getJobExecution(restarted.getId()));
    assertThat(resumed).isNotEmpty().hasSizeLessThanOrEqualTo(killedTotals.size());
    for (StepExecution partition : resumed) {
      assertThat(partition.getExecutionContext().getLong(JobProgress.ITEMS_TOTAL))
          .isEqualTo(killedTotals.get(partition.getStepName()));
    }
    JobProgress.Snapshot restartedProgress = progress.of(restarted.getId()).orElseThrow();
    assertThat(restartedProgress.counts().itemsTotal())
        .isEqualTo(resumed.stream().mapToLong(s -> killedTotals.get(s.getStepName())).sum());
    assertThat(restartedProgress.counts().itemsDone())
        .isEqualTo(restartedProgress.counts().itemsTotal());
    Map<String, SourceVersions> afterRestart =
        CacheSnapshot.of(node.getBean(CertificateCache.class), active);
    assertThat(afterRestart).isEqualTo(cleanRun);
  }

  private static List<StepExecution> partitions(JobExecution run) {
    return run.getStepExecutions().stream()
        .filter(s -> s.getStepName().startsWith(FullPregenerationJobConfiguration.WORKER + ":"))
        .toList();
  }
}

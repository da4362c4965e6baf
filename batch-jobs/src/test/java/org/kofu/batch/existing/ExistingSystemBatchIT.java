package org.kofu.batch.existing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.kofu.batch.skip.SkipLog;
import org.kofu.batch.testing.BatchTestBed;
import org.kofu.batch.testing.Jobs;
import org.kofu.batch.testing.Legacy;
import org.kofu.batch.testing.StandInProcess;
import org.kofu.cache.contract.CachedBody;
import org.kofu.cache.contract.CertificateCache;
import org.kofu.core.certificate.CertificateOptions;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.certificate.ResidentForm;
import org.kofu.core.certificate.Scope;
import org.kofu.core.existing.CheckedBody;
import org.kofu.core.existing.ForeignBodyCodec;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The batch with 住民票 and 印鑑 made by the existing system (the stand-in, its own process over mutual
 * TLS on the test bed's legacy tables) and 所得・課税 rendered: the full run pulls and checks each body,
 * the delta pulls {@code changedSince} and keeps its cursor in the project database across a
 * restart, wrong answers are refused by kind and never cached, and a system that is down costs its
 * types only.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExistingSystemBatchIT {

  static BatchTestBed bed;
  static StandInProcess standIn;
  static ConfigurableApplicationContext node;
  static Legacy legacy;
  static JdbcClient project;
  static long attempt;

  @BeforeAll
  static void start() throws Exception {
    bed = new BatchTestBed(40, 1, 1);
    standIn = new StandInProcess(bed.url(), bed.user());
    node = node();
    legacy = new Legacy(bed.legacyWriter());
    project = JdbcClient.create(bed.legacyWriter());
  }

  static ConfigurableApplicationContext node() {
    List<String> properties =
        new ArrayList<>(
            List.of(
                "kofu.batch.variants[0].type=JUMINHYO",
                "kofu.batch.variants[0].scope=SELF",
                "kofu.batch.variants[0].householder=true",
                "kofu.batch.variants[1].type=INKAN",
                "kofu.batch.variants[2].type=SHOTOKU_KAZEI",
                "kofu.certificate.sources.JUMINHYO=EXISTING_SYSTEM",
                "kofu.certificate.sources.INKAN=EXISTING_SYSTEM",
                "kofu.batch.existing.pause-after-failure=1h"));
    properties.addAll(List.of(standIn.properties()));
    return bed.node(properties.toArray(String[]::new));
  }

  @AfterAll
  static void stop() throws Exception {
    if (standIn != null) {
      standIn.close();
    }
    bed.close();
  }

  @Test
  @Order(1)
  void theFullRunCachesCheckedBodiesOfTheExistingSystem() throws Exception {
    JobExecution run = full();

    assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    List<Long> eligible = legacy.eligibleForJuminhyo(BatchTestBed.TODAY);
    assertThat(eligible).hasSizeGreaterThan(10);
    for (long atena : eligible) {
      CheckedBody body = foreign(juminhyo(atena)).orElseThrow();
      assertThat(body.subject()).isEqualTo(juminhyo(atena));
      assertThat(body.sourceVersions()).containsKey("madoguchi.jumin:" + atena);
    }
    long sealHolder = sealHolder(eligible);
    assertThat(foreign(inkan(sealHolder))).isPresent();
    long taxPayer = taxPayer(eligible);
    CachedBody tax = cache().get(tax(taxPayer)).orElseThrow();
    assertThat(ForeignBodyCodec.isForeign(tax.payload())).isFalse();
    assertThat(skips(run)).isEmpty();
    assertThat(counted("CHECKED")).isGreaterThanOrEqualTo(eligible.size() + 1.0);
  }

  @Test
  @Order(2)
  void garbageIsRefusedByKindAndNeverCachedWhileRenderedTypesGoOn() throws Exception {
    List<Long> eligible = legacy.eligibleForJuminhyo(BatchTestBed.TODAY);
    long atena = eligible.get(0);
    Instant before = cache().get(juminhyo(atena)).orElseThrow().renderedAt();
    Instant taxBefore = cache().get(tax(taxPayer(eligible))).orElseThrow().renderedAt();
    standIn.misbehave("GARBAGE");
    try {
      JobExecution run = full();

      assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
      assertThat(skips(run))
          .isNotEmpty()
          .allSatisfy(
              s ->
                  assertThat(s.cause())
                      .matches("ForeignBodyRefusedException: (JUMINHYO|INKAN) NOT_PDF"))
          .anySatisfy(s -> assertThat(s.personKey()).isEqualTo("A" + atena));
      assertThat(cache().get(juminhyo(atena)).orElseThrow().renderedAt()).isEqualTo(before);
      assertThat(cache().get(tax(taxPayer(eligible))).orElseThrow().renderedAt())
          .isAfter(taxBefore);
    } finally {
      standIn.misbehave("NONE");
    }
  }

  @Test
  @Order(3)
  void theDeltaPullsChangedBodiesAndKeepsItsCursorAcrossARestart() throws Exception {
    List<Long> eligible = legacy.eligibleForJuminhyo(BatchTestBed.TODAY);
    long first = eligible.get(1);
    touch(first);

    assertThat(delta().getStatus()).isEqualTo(BatchStatus.COMPLETED);

    assertThat(foreign(juminhyo(first)).orElseThrow().sourceVersions())
        .containsEntry("madoguchi.jumin:" + first, version(first));
    long cursor = cursor();
    assertThat(cursor).isEqualTo(lastJournalSeq());

    node.close();
    node = node();
    long second = eligible.get(2);
    touch(second);

    assertThat(delta().getStatus()).isEqualTo(BatchStatus.COMPLETED);

    assertThat(foreign(juminhyo(second)).orElseThrow().sourceVersions())
        .containsEntry("madoguchi.jumin:" + second, version(second));
    assertThat(cursor()).isGreaterThan(cursor).isEqualTo(lastJournalSeq());
    // the restarted node asked from the stored cursor: the first change's bodies not again
    int secondsBodies = foreign(inkan(second)).isPresent() ? 2 : 1;
    assertThat(counted("CHECKED")).isEqualTo(secondsBodies);
  }

  @Test
  @Order(4)
  void anotherSubjectsAndStaleBodiesAreRefusedAndNeverCached() throws Exception {
    List<Long> eligible = legacy.eligibleForJuminhyo(BatchTestBed.TODAY);
    Map<String, String> refusals =
        Map.of("OTHER_SUBJECT", "WRONG_SUBJECT", "STALE", "VERSIONS_DIFFER");
    int i = 3;
    for (Map.Entry<String, String> mode : refusals.entrySet()) {
      long atena = eligible.get(i++);
      Instant before = cache().get(juminhyo(atena)).orElseThrow().renderedAt();
      standIn.misbehave(mode.getKey());
      try {
        touch(atena);
        JobExecution run = delta();

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(skips(run))
            .as(mode.getKey())
            .isNotEmpty()
            .allSatisfy(
                s ->
                    assertThat(s.cause())
                        .endsWith(" " + mode.getValue())
                        .startsWith("ForeignBodyRefusedException: "))
            .anySatisfy(s -> assertThat(s.personKey()).isEqualTo("A" + atena));
        // the old body stays, or the pass dropped it as stale (a variant it invalidated raised
        // the person's floor); the refused body never took its place
        Optional<CachedBody> held = cache().get(juminhyo(atena));
        held.ifPresent(h -> assertThat(h.renderedAt()).isEqualTo(before));
        held.ifPresent(
            h ->
                assertThat(h.sources().versions())
                    .doesNotContainEntry("madoguchi.jumin:" + atena, version(atena)));
      } finally {
        standIn.misbehave("NONE");
      }
    }
  }

  @Test
  @Order(5)
  void anExistingSystemDownIsRecordedAndRenderedTypesAreStillCached() throws Exception {
    List<Long> eligible = legacy.eligibleForJuminhyo(BatchTestBed.TODAY);
    Instant taxBefore = cache().get(tax(taxPayer(eligible))).orElseThrow().renderedAt();
    standIn.stop();
    try {
      JobExecution run = full();

      assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
      assertThat(skips(run))
          .isNotEmpty()
          .allSatisfy(
              s ->
                  assertThat(s.cause())
                      .matches("ExistingSystemException: (JUMINHYO|INKAN) (FAILED|PAUSED)"));
      assertThat(cache().get(tax(taxPayer(eligible))).orElseThrow().renderedAt())
          .isAfter(taxBefore);
    } finally {
      standIn.start();
    }
  }

  private static JobExecution full() throws Exception {
    return Jobs.run(node, "fullPregeneration", Jobs.full(BatchTestBed.TODAY, ++attempt + 100));
  }

  private static JobExecution delta() throws Exception {
    return Jobs.run(node, "deltaPregeneration", Jobs.now());
  }

  private static List<SkipLog.Entry> skips(JobExecution run) {
    return node.getBean(SkipLog.class).of(run.getId());
  }

  private static double counted(String outcome) {
    return node
        .getBean(MeterRegistry.class)
        .find("kofu.batch.existing.bodies")
        .tag("outcome", outcome)
        .counters()
        .stream()
        .mapToDouble(c -> c.count())
        .sum();
  }

  private static CertificateCache cache() {
    return node.getBean(CertificateCache.class);
  }

  private static Optional<CheckedBody> foreign(CertificateSubject subject) {
    return cache()
        .get(subject)
        .filter(b -> ForeignBodyCodec.isForeign(b.payload()))
        .map(b -> ForeignBodyCodec.decode(b.payload()));
  }

  private static void touch(long atena) {
    legacy
        .jdbc()
        .sql("UPDATE madoguchi.jumin SET katagaki = :k WHERE atena_no = :a")
        .param("k", "棟" + System.nanoTime() % 1000)
        .param("a", atena)
        .update();
  }

  private static long version(long atena) {
    return legacy
        .jdbc()
        .sql("SELECT version FROM madoguchi.jumin WHERE atena_no = :a")
        .param("a", atena)
        .query(Long.class)
        .single();
  }

  private static long cursor() {
    return project
        .sql("SELECT low_watermark FROM batch_journal_cursor WHERE source = 'EXISTING_SYSTEM'")
        .query(Long.class)
        .single();
  }

  private static long lastJournalSeq() {
    return legacy
        .jdbc()
        .sql("SELECT MAX(seq) FROM madoguchi.change_journal WHERE atena_no IS NOT NULL")
        .query(Long.class)
        .single();
  }

  private static long sealHolder(List<Long> eligible) {
    return legacy
        .jdbc()
        .sql("SELECT atena_no FROM madoguchi.inkan WHERE status = 'ACTIVE' ORDER BY atena_no")
        .query(Long.class)
        .list()
        .stream()
        .filter(eligible::contains)
        .findFirst()
        .orElseThrow();
  }

  private static long taxPayer(List<Long> eligible) {
    return legacy
        .jdbc()
        .sql("SELECT DISTINCT atena_no FROM madoguchi.shotoku_kazei ORDER BY atena_no")
        .query(Long.class)
        .list()
        .stream()
        .filter(eligible::contains)
        .filter(a -> cache().get(tax(a)).isPresent())
        .findFirst()
        .orElseThrow();
  }

  private static CertificateSubject juminhyo(long atena) {
    return new CertificateSubject(
        new PersonRef.Resident(atena),
        CertificateType.JUMINHYO,
        // the city's 住民票 form (世帯連記式 by default), which the batch caches under
        new CertificateOptions(Scope.SELF, true, false, false, null, ResidentForm.RENKI));
  }

  private static CertificateSubject inkan(long atena) {
    return new CertificateSubject(new PersonRef.Resident(atena), CertificateType.INKAN, null);
  }

  private static CertificateSubject tax(long atena) {
    return new CertificateSubject(
        new PersonRef.Resident(atena), CertificateType.SHOTOKU_KAZEI, null);
  }
}

package org.kofu.batch.delta;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.kofu.batch.eligibility.PregenerationProperties;
import org.kofu.batch.testing.BatchTestBed;
import org.kofu.batch.testing.CacheSnapshot;
import org.kofu.batch.testing.Jobs;
import org.kofu.batch.testing.Legacy;
import org.kofu.cache.contract.CertificateCache;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.certificate.SourceVersions;
import org.kofu.core.legacy.koseki.KosekiReader;
import org.kofu.core.legacy.madoguchi.MadoguchiReader;
import org.springframework.batch.core.BatchStatus;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeltaPregenerationIT {

  private static final CertificateType[] TAX_TYPES = {
    CertificateType.SHOTOKU_KAZEI, CertificateType.SHOTOKU, CertificateType.KAZEI
  };

  static BatchTestBed bed;
  static ConfigurableApplicationContext node;
  static Legacy legacy;
  static CertificateCache cache;

  @BeforeAll
  static void start() throws Exception {
    bed = new BatchTestBed(150, 2, 2);
    node = bed.node();
    legacy = new Legacy(bed.legacyWriter());
    cache = node.getBean(CertificateCache.class);
    assertThat(Jobs.run(node, "fullPregeneration", Jobs.full(BatchTestBed.TODAY, 1)).getStatus())
        .isEqualTo(BatchStatus.COMPLETED);
  }

  @AfterAll
  static void stop() throws Exception {
    bed.close();
  }

  @Test
  @Order(1)
  void afterInsertsUpdatesAndDeletesNoCachedBodyIsOlderThanItsData() throws Exception {
    JdbcClient sql = legacy.jdbc();
    List<Long> eligible = legacy.eligibleForJuminhyo(BatchTestBed.TODAY);
    List<Long> members = nonHouseholders(sql, eligible);
    long mover = members.get(0);
    long dead = members.get(1);
    long restricted = members.get(2);
    long newHousehold =
        sql.sql(
                "SELECT setai_no FROM madoguchi.setai WHERE setai_no <> (SELECT setai_no FROM"
                    + " madoguchi.jumin WHERE atena_no = :a) ORDER BY setai_no")
            .param("a", mover)
            .query(Long.class)
            .list()
            .get(0);
    sql.sql("UPDATE madoguchi.jumin SET setai_no = :s, zokugara = '同居人' WHERE atena_no = :a")
        .param("s", newHousehold)
        .param("a", mover)
        .update();
    sql.sql("UPDATE madoguchi.jumin SET status = 'DECEASED', status_date = :d WHERE atena_no = :a")
        .param("d", BatchTestBed.TODAY)
        .param("a", dead)
        .update();
    sql.sql(
            "INSERT INTO madoguchi.kofu_seigen (seigen_id, atena_no, cert_type, reason, valid_from)"
                + " VALUES (990001, :a, NULL, 'SELF_REQUEST', :d)")
        .param("a", restricted)
        .param("d", BatchTestBed.TODAY)
        .update();
    long sealHolder =
        first(sql, "SELECT atena_no FROM madoguchi.inkan WHERE status = 'ACTIVE'", eligible);
    sql.sql("UPDATE madoguchi.inkan SET status = 'ABOLISHED' WHERE atena_no = :a")
        .param("a", sealHolder)
        .update();
    long taxPayer = first(sql, "SELECT atena_no FROM madoguchi.shotoku_kazei", eligible);
    sql.sql("DELETE FROM madoguchi.shotoku_kazei WHERE atena_no = :a")
        .param("a", taxPayer)
        .update();
    long register =
        sql.sql("SELECT MIN(koseki_id) FROM koseki.kojin WHERE atena_no IS NOT NULL")
            .query(Long.class)
            .single();
    sql.sql("UPDATE koseki.koseki SET hensei_date = hensei_date WHERE koseki_id = :k")
        .param("k", register)
        .update();

    assertThat(Jobs.run(node, "deltaPregeneration", Jobs.now()).getStatus())
        .isEqualTo(BatchStatus.COMPLETED);

    List<Long> everyone = new ArrayList<>(legacy.activeResidents());
    everyone.add(dead);
    Map<String, SourceVersions> held = CacheSnapshot.of(cache, everyone);
    assertThat(CacheSnapshot.stale(held, reader(MadoguchiReader.class), reader(KosekiReader.class)))
        .isEmpty();
    assertThat(cachedTypes(dead)).isEmpty();
    assertThat(cachedTypes(restricted)).isEmpty();
    assertThat(cachedTypes(sealHolder)).doesNotContain(CertificateType.INKAN);
    assertThat(cachedTypes(taxPayer)).doesNotContain(TAX_TYPES);
    assertThat(cachedTypes(mover)).contains(CertificateType.JUMINHYO);
  }

  @Test
  @Order(2)
  void aChangeCommittedLateWithALowerSeqIsNotMissed() throws Exception {
    List<Long> eligible = legacy.eligibleForJuminhyo(BatchTestBed.TODAY);
    long slow = eligible.get(eligible.size() - 1);
    long fast = eligible.get(eligible.size() - 2);
    CertificateSubject slowSelf = self(slow);
    SourceVersions before = cache.get(slowSelf).orElseThrow().sources();
    try (Connection slowTx = bed.legacyWriter().getConnection()) {
      slowTx.setAutoCommit(false);
      try (var st = slowTx.createStatement()) {
        st.executeUpdate("UPDATE madoguchi.jumin SET katagaki = 'A棟101' WHERE atena_no = " + slow);
      }
      legacy
          .jdbc()
          .sql("UPDATE madoguchi.jumin SET katagaki = 'B棟202' WHERE atena_no = :a")
          .param("a", fast)
          .update();
      assertThat(Jobs.run(node, "deltaPregeneration", Jobs.now()).getStatus())
          .isEqualTo(BatchStatus.COMPLETED);
      assertThat(fresh(self(fast))).isTrue();
      slowTx.commit();
    }
    assertThat(seqOf(slow)).isLessThan(seqOf(fast));
    assertThat(fresh(slowSelf)).isFalse();

    assertThat(Jobs.run(node, "deltaPregeneration", Jobs.now()).getStatus())
        .isEqualTo(BatchStatus.COMPLETED);

    assertThat(fresh(slowSelf)).isTrue();
    assertThat(cache.get(slowSelf).orElseThrow().sources()).isNotEqualTo(before);
  }

  @Test
  @Order(3)
  void purgeRemovesBodiesWhoseRowsMovedOnWithoutADeltaRun() throws Exception {
    List<Long> eligible = legacy.eligibleForJuminhyo(BatchTestBed.TODAY);
    long changed = eligible.get(0);
    legacy
        .jdbc()
        .sql("UPDATE madoguchi.jumin SET katagaki = 'C棟303' WHERE atena_no = :a")
        .param("a", changed)
        .update();
    assertThat(fresh(self(changed))).isFalse();

    assertThat(Jobs.run(node, "purge", Jobs.now()).getStatus()).isEqualTo(BatchStatus.COMPLETED);

    assertThat(cache.get(self(changed))).isEmpty();
    Map<String, SourceVersions> held = CacheSnapshot.of(cache, legacy.activeResidents());
    assertThat(CacheSnapshot.stale(held, reader(MadoguchiReader.class), reader(KosekiReader.class)))
        .isEmpty();
  }

  @Test
  @Order(4)
  void purgeDropsTheKeptBodyOfIssuancesPastTheIdempotencyWindowAndKeepsTheRows() throws Exception {
    JdbcClient project = JdbcClient.create(bed.legacyWriter());
    java.time.OffsetDateTime now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
    issuance(project, "req-old", "012025-261120-000001", now.minusDays(3));
    issuance(project, "req-edge", "012025-261124-000002", now.minusDays(2).plusMinutes(10));
    issuance(project, "req-new", "012025-261126-000003", now.minusMinutes(5));
    // a row written before V5_5 kept the served PDF instead of the body's compressed form
    issuance(project, "req-old-pdf", "012025-261120-000004", now.minusDays(3));
    project
        .sql("UPDATE issuance_request SET body_form = NULL, pdf = :pdf WHERE request_id = :id")
        .param("pdf", "%PDF-1.7".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
        .param("id", "req-old-pdf")
        .update();

    assertThat(Jobs.run(node, "purge", Jobs.now()).getStatus()).isEqualTo(BatchStatus.COMPLETED);

    assertThat(
            project
                .sql(
                    "SELECT request_id FROM issuance_request"
                        + " WHERE pdf IS NULL AND body_form IS NULL ORDER BY request_id")
                .query(String.class)
                .list())
        .containsExactly("req-old", "req-old-pdf");
    assertThat(
            project
                .sql("SELECT COUNT(*), SUM(fee_yen) FROM issuance_request")
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2)))
                .single())
        .containsExactly(4L, 1200L);
  }

  @Test
  @Order(5)
  void aSupportMeasureRecordedOnlyByTheRegisterTakesThePersonAndTheirHouseholdCertificateOut()
      throws Exception {
    JdbcClient sql = legacy.jdbc();
    List<Long> eligible = legacy.eligibleForJuminhyo(BatchTestBed.TODAY);
    // a non-householder with a place in a CURRENT register, whose household has another member
    // whose bodies are cached
    long person = -1;
    long other = -1;
    for (long candidate : nonHouseholders(sql, eligible)) {
      List<Long> others =
          sql
              .sql(
                  "SELECT m.atena_no FROM madoguchi.jumin m JOIN madoguchi.jumin j"
                      + " ON j.setai_no = m.setai_no WHERE j.atena_no = :a"
                      + " AND m.atena_no <> j.atena_no ORDER BY m.atena_no")
              .param("a", candidate)
              .query(Long.class)
              .list()
              .stream()
              .filter(m -> cache.get(household(m)).isPresent())
              .toList();
      boolean inRegister =
          node.getBean(KosekiReader.class).currentMembership(candidate).isPresent();
      if (inRegister && !others.isEmpty() && !cachedTypes(candidate).isEmpty()) {
        person = candidate;
        other = others.get(0);
        break;
      }
    }
    assertThat(person).as("a person of a household of two with a register here").isPositive();
    var entry = node.getBean(KosekiReader.class).currentMembership(person).orElseThrow();
    sql.sql(
            "INSERT INTO koseki.fuhyo_seigen (seigen_id, koseki_id, kojin_no, reason, valid_from)"
                + " VALUES (990101, :k, :n, 'DV_SUPPORT', :d)")
        .param("k", entry.kosekiId())
        .param("n", entry.kojinNo())
        .param("d", BatchTestBed.TODAY)
        .update();

    assertThat(Jobs.run(node, "deltaPregeneration", Jobs.now()).getStatus())
        .isEqualTo(BatchStatus.COMPLETED);

    assertThat(cachedTypes(person)).as("every certificate of the protected person").isEmpty();
    assertThat(cache.get(household(other))).as("the household 住民票 that lists them").isEmpty();
    var planner = node.getBean(org.kofu.batch.eligibility.EligibilityPlanner.class);
    assertThat(planner.plan(person, BatchTestBed.TODAY).issuable()).isEmpty();
    assertThat(planner.plan(other, BatchTestBed.TODAY).issuable())
        .as("the full run makes no body the relay would refuse")
        .doesNotContain(household(other));
  }

  private static CertificateSubject household(long atenaNo) {
    return PregenerationProperties.DEFAULTS.get(1).subject(new PersonRef.Resident(atenaNo));
  }

  private static void issuance(
      JdbcClient project, String requestId, String number, java.time.OffsetDateTime at) {
    project
        .sql(
            "INSERT INTO issuance_request (request_id, request_hash, certificate_number,"
                + " person_key, certificate_type, fee_yen, page_count, source, body_sha256,"
                + " body_form, body_dictionary, issue_date, issued_at, outcome, pages_printed)"
                + " VALUES (:id, :hash, :number, 'R:1', 'JUMINHYO', 300, 1, 'CACHE', :hash,"
                + " :form, 'none', :day, :at, 'PRINTED', 1)")
        .param("id", requestId)
        .param("hash", "0".repeat(64))
        .param("number", number)
        .param("form", new byte[] {40, -75, 47, -3})
        .param("day", at.toLocalDate())
        .param("at", at)
        .update();
  }

  private long seqOf(long atenaNo) {
    return legacy
        .jdbc()
        .sql("SELECT MAX(seq) FROM madoguchi.change_journal WHERE atena_no = :a")
        .param("a", atenaNo)
        .query(Long.class)
        .single();
  }

  private boolean fresh(CertificateSubject subject) {
    return cache
        .get(subject)
        .map(
            b ->
                CacheSnapshot.stale(
                        Map.of(subject.key(), b.sources()),
                        reader(MadoguchiReader.class),
                        reader(KosekiReader.class))
                    .isEmpty())
        .orElse(false);
  }

  private static CertificateSubject self(long atenaNo) {
    return PregenerationProperties.DEFAULTS.get(0).subject(new PersonRef.Resident(atenaNo));
  }

  private List<CertificateType> cachedTypes(long atenaNo) {
    return PregenerationProperties.DEFAULTS.stream()
        .map(v -> v.subject(new PersonRef.Resident(atenaNo)))
        .filter(s -> cache.get(s).isPresent())
        .map(CertificateSubject::type)
        .toList();
  }

  private static <T> T reader(Class<T> type) {
    return node.getBean(type);
  }

  private static List<Long> nonHouseholders(JdbcClient sql, List<Long> eligible) {
    return sql
        .sql(
            "SELECT j.atena_no FROM madoguchi.jumin j JOIN madoguchi.setai s ON s.setai_no ="
                + " j.setai_no WHERE s.setainushi_atena_no <> j.atena_no ORDER BY j.atena_no")
        .query(Long.class)
        .list()
        .stream()
        .filter(eligible::contains)
        .toList();
  }

  private static long first(JdbcClient sql, String query, List<Long> among) {
    return sql.sql(query).query(Long.class).list().stream()
        .filter(among::contains)
        .findFirst()
        .orElseThrow();
  }
}

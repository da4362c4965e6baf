package org.kofu.batch.full;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
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
import org.junit.jupiter.api.extension.ExtendWith;
import org.kofu.batch.eligibility.Variant;
import org.kofu.batch.skip.SkipLog;
import org.kofu.batch.testing.BatchTestBed;
import org.kofu.batch.testing.Jobs;
import org.kofu.batch.testing.Legacy;
import org.kofu.cache.contract.CertificateCache;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.certificate.Scope;
import org.kofu.projectdb.coverage.CoverageFinding;
import org.kofu.projectdb.coverage.CoverageResults;
import org.kofu.projectdb.coverage.CoverageScan;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The batch side of the 422 path (issue 22, point 3) on PostgreSQL with a real cache member: two
 * residents, each alone in the household, are given a name nothing can draw — one a PUA character
 * without a {@code gaiji} row, one a character outside IPAmj (CJK Ext. G) — and a third resident's
 * name in their 戸籍 a PUA character without a row in koseki's table. The full run completes, caches
 * everyone else, caches nothing that prints those names, and records each skip by the record and
 * field that hold the character, its code point and the refusal code; neither the skip log nor the
 * application log holds the names. The coverage job counts them and records each at the same record
 * and field the skip names.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UnprintableNameSkipIT {

  private static final String NO_GAIJI_ROW_NAME = "検査　花子\uF8EE";
  private static final String OUTSIDE_IPAMJ_NAME = "検査　太郎\uD884\uDF4A"; // U+3134A
  private static final String REGISTER_PUA = "\uF8EF";

  static BatchTestBed bed;
  static ConfigurableApplicationContext node;
  static Legacy legacy;
  static long pua;
  static long ext;
  static long reg;
  static String member;
  static String memberName;
  static long fullRun;

  @BeforeAll
  static void seed() throws Exception {
    bed = new BatchTestBed(60, 1, 1);
    node = bed.node();
    legacy = new Legacy(bed.legacyWriter());
    JdbcTemplate jdbc = new JdbcTemplate(bed.legacyWriter());
    // alone in the household: no other member's 世帯 住民票 prints the name
    List<Long> alone =
        jdbc.queryForList(
            "SELECT j.atena_no FROM madoguchi.jumin j WHERE j.status = 'ACTIVE'"
                + " AND (SELECT COUNT(*) FROM madoguchi.jumin o WHERE o.setai_no = j.setai_no"
                + " AND o.status = 'ACTIVE') = 1 ORDER BY j.atena_no",
            Long.class);
    alone.retainAll(legacy.eligibleForJuminhyo(BatchTestBed.TODAY));
    assertThat(alone).hasSizeGreaterThanOrEqualTo(2);
    pua = alone.get(0);
    ext = alone.get(1);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM madoguchi.gaiji WHERE pua = ?", Long.class, "\uF8EE"))
        .isZero();
    jdbc.update("UPDATE madoguchi.jumin SET shimei = ? WHERE atena_no = ?", NO_GAIJI_ROW_NAME, pua);
    jdbc.update(
        "UPDATE madoguchi.jumin SET shimei = ? WHERE atena_no = ?", OUTSIDE_IPAMJ_NAME, ext);
    seedRegisterMember(jdbc);
  }

  /**
   * An eligible resident (neither of the two) in a CURRENT 戸籍 none of whose members is either of
   * them: their name in the 戸籍 gets a PUA character koseki's gaiji table has no row for, which
   * their 戸籍全部 prints.
   */
  private static void seedRegisterMember(JdbcTemplate jdbc) {
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM koseki.gaiji WHERE pua = ?", Long.class, REGISTER_PUA))
        .isZero();
    List<Map<String, Object>> members =
        jdbc.queryForList(
            "SELECT k.koseki_id, k.kojin_no, k.atena_no, k.shimei FROM koseki.kojin k"
                + " JOIN koseki.koseki g ON g.koseki_id = k.koseki_id AND g.status = 'CURRENT'"
                + " WHERE k.atena_no IS NOT NULL AND NOT k.joseki AND NOT EXISTS (SELECT 1"
                + " FROM koseki.kojin o WHERE o.koseki_id = k.koseki_id AND o.atena_no IN (?, ?))"
                + " AND NOT EXISTS (SELECT 1 FROM koseki.kojin o WHERE o.atena_no = k.atena_no"
                + " AND NOT o.joseki AND o.koseki_id <> k.koseki_id)"
                + " ORDER BY k.koseki_id, k.kojin_no",
            pua,
            ext);
    List<Long> eligible = legacy.eligibleForJuminhyo(BatchTestBed.TODAY);
    Map<String, Object> m =
        members.stream()
            .filter(r -> eligible.contains(((Number) r.get("atena_no")).longValue()))
            .findFirst()
            .orElseThrow();
    reg = ((Number) m.get("atena_no")).longValue();
    member = m.get("koseki_id") + "/" + m.get("kojin_no");
    memberName = (String) m.get("shimei");
    jdbc.update(
        "UPDATE koseki.kojin SET shimei = shimei || ? WHERE koseki_id = ? AND kojin_no = ?",
        REGISTER_PUA,
        m.get("koseki_id"),
        m.get("kojin_no"));
  }

  @AfterAll
  static void stop() throws Exception {
    bed.close();
  }

  @Test
  @Order(1)
  void theFullRunCompletesSkipsEachByRecordFieldAndCodePointAndLogsNoName(CapturedOutput out)
      throws Exception {
    JobExecution run = Jobs.run(node, "fullPregeneration", Jobs.full(BatchTestBed.TODAY, 1));

    assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    fullRun = run.getId();
    List<SkipLog.Entry> skips = node.getBean(SkipLog.class).of(run.getId());
    // a 外字 without a gaiji row is named like a character outside IPAmj: by the record and field
    // that hold it, never the text
    assertThat(causeOf(skips, pua))
        .endsWith("UNPRINTABLE_CHARACTER U+F8EE in madoguchi.jumin:" + pua + " shimei");
    assertThat(causeOf(skips, ext))
        .endsWith("UNPRINTABLE_CHARACTER U+3134A in madoguchi.jumin:" + ext + " shimei");
    assertThat(causeOf(skips, reg))
        .endsWith("UNPRINTABLE_CHARACTER U+F8EF in koseki.kojin:" + member + " shimei");
    assertThat(skips)
        .allSatisfy(e -> assertThat(e.cause()).doesNotContain("検査", "花子", "太郎", memberName));
    assertThat(out.getAll())
        .contains("skipped " + new PersonRef.Resident(pua).key())
        .contains("skipped " + new PersonRef.Resident(reg).key())
        .doesNotContain("検査", "花子", "太郎", "\uF8EE", "\uD884\uDF4A", REGISTER_PUA, memberName);

    CertificateCache cache = node.getBean(CertificateCache.class);
    Set<String> skipped = skips.stream().map(SkipLog.Entry::personKey).collect(Collectors.toSet());
    Set<Long> expected = new TreeSet<>(legacy.eligibleForJuminhyo(BatchTestBed.TODAY));
    expected.removeIf(a -> skipped.contains(new PersonRef.Resident(a).key()));
    assertThat(expected).doesNotContain(pua, ext, reg).hasSizeGreaterThan(10);
    Variant self = new Variant(CertificateType.JUMINHYO, Scope.SELF, true);
    Set<Long> cached = new TreeSet<>();
    for (long atenaNo : legacy.activeResidents()) {
      if (cache.get(self.subject(new PersonRef.Resident(atenaNo))).isPresent()) {
        cached.add(atenaNo);
      }
    }
    // everyone else's 住民票 is cached; none of the variants that print the two names is
    assertThat(cached).isEqualTo(expected);
    for (long person : List.of(pua, ext)) {
      for (Variant v : printingTheName()) {
        assertThat(cache.get(v.subject(new PersonRef.Resident(person)))).as("%s", v).isEmpty();
      }
    }
    Variant zenbu = new Variant(CertificateType.KOSEKI_ZENBU, null, false);
    assertThat(cache.get(zenbu.subject(new PersonRef.Resident(reg)))).isEmpty();
  }

  @Test
  @Order(2)
  void theCoverageJobCountsBothPersonsAndTheGaugeShowsIt() throws Exception {
    JobExecution run = Jobs.run(node, "characterCoverage", Jobs.now());

    assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    CoverageResults results = node.getBean(CoverageResults.class);
    CoverageScan scan = results.latest().orElseThrow();
    assertThat(
            results.findings(scan.scanId()).stream()
                .filter(f -> "shimei".equals(f.field()))
                .filter(f -> f.atenaNo() != null && (f.atenaNo() == pua || f.atenaNo() == ext))
                .map(f -> f.atenaNo() + " " + f.kind() + " " + f.codePoints() + " " + f.reason()))
        .containsExactlyInAnyOrder(
            pua + " " + CoverageFinding.UNPRINTABLE + " U+F8EE NO_GAIJI_ROW",
            ext + " " + CoverageFinding.UNPRINTABLE + " U+3134A NOT_IN_IPAMJ");
    long unprintable =
        scan.counts().stream()
            .filter(c -> c.system().equals("madoguchi") && c.unit().equals("PERSON"))
            .findFirst()
            .orElseThrow()
            .unprintable();
    assertThat(unprintable).isGreaterThanOrEqualTo(2);
    assertThat(
            node.getBean(MeterRegistry.class)
                .get("kofu.unprintable.persons")
                .tag("system", "madoguchi")
                .gauge()
                .value())
        .isEqualTo(unprintable);
  }

  @Test
  @Order(3)
  void eachSkipNamesTheRecordAndFieldWhereTheScanFoundTheCharacter() {
    CoverageResults results = node.getBean(CoverageResults.class);
    CoverageScan scan = results.latest().orElseThrow();
    List<SkipLog.Entry> skips = node.getBean(SkipLog.class).of(fullRun);
    // system.table:key field, the same in the skip log and the scan's finding
    for (long person : List.of(pua, ext, reg)) {
      List<CoverageFinding> found =
          results.findings(scan.scanId()).stream()
              .filter(f -> CoverageFinding.UNPRINTABLE.equals(f.kind()))
              .filter(f -> f.atenaNo() != null && f.atenaNo() == person)
              .filter(f -> "shimei".equals(f.field()))
              .toList();
      assertThat(found).as("A%s", person).hasSize(1);
      CoverageFinding f = found.get(0);
      assertThat(causeOf(skips, person))
          .endsWith(
              f.codePoints()
                  + " in "
                  + f.system()
                  + "."
                  + f.table()
                  + ":"
                  + f.recordKey()
                  + " "
                  + f.field());
    }
    assertThat(
            results.findings(scan.scanId()).stream()
                .filter(f -> f.atenaNo() != null && f.atenaNo() == reg)
                .filter(f -> CoverageFinding.UNPRINTABLE.equals(f.kind()))
                .map(f -> f.system() + " " + f.table() + " " + f.recordKey() + " " + f.reason()))
        .contains("koseki kojin " + member + " NO_GAIJI_ROW");
  }

  private static String causeOf(List<SkipLog.Entry> skips, long atenaNo) {
    String key = new PersonRef.Resident(atenaNo).key();
    List<String> causes =
        skips.stream().filter(e -> e.personKey().equals(key)).map(SkipLog.Entry::cause).toList();
    assertThat(causes).as(key).hasSize(1);
    return causes.get(0);
  }

  /** The types whose certificate prints the resident's name from madoguchi.jumin. */
  private static List<Variant> printingTheName() {
    return List.of(
        new Variant(CertificateType.JUMINHYO, Scope.SELF, true),
        new Variant(CertificateType.JUMINHYO, Scope.SELF, false),
        new Variant(CertificateType.JUMINHYO, Scope.HOUSEHOLD, true),
        new Variant(CertificateType.INKAN, null, false),
        new Variant(CertificateType.SHOTOKU_KAZEI, null, false),
        new Variant(CertificateType.SHOTOKU, null, false),
        new Variant(CertificateType.KAZEI, null, false));
  }
}

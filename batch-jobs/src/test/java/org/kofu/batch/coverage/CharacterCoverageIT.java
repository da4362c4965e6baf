package org.kofu.batch.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kofu.batch.testing.BatchTestBed;
import org.kofu.batch.testing.Jobs;
import org.kofu.projectdb.coverage.CoverageCount;
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
 * The coverage job on PostgreSQL: demo data, a first scan, then legacy rows given characters of
 * each kind — a printable variation sequence, 外字 with a gaiji row (with ucs, MJ-only), 外字 without
 * one (also one mapped only in the other system's table), a character outside IPAmj — in every
 * scanned table, and some where nothing is scanned (a resident who left, closed registers). The
 * second scan records exactly those beyond what the first found, counts them, and the gauge says
 * so.
 */
@ExtendWith(OutputCaptureExtension.class)
class CharacterCoverageIT {

  private static final String OUTSIDE_IPAMJ = "\uD880\uDC00"; // U+30000, CJK Ext. G

  static BatchTestBed bed;
  static ConfigurableApplicationContext node;
  static CoverageScan before;
  static CoverageScan after;
  static CoverageResults results;
  static Map<String, Object> seeded;

  @BeforeAll
  static void scanSeedAndScanAgain() throws Exception {
    bed = new BatchTestBed(60, 1, 1);
    node = bed.node();
    results = node.getBean(CoverageResults.class);
    before = scan();
    JdbcTemplate legacy = new JdbcTemplate(bed.legacyWriter());
    seeded = new java.util.HashMap<>();
    seedResidents(legacy);
    seedRegister(legacy);
    after = scan();
  }

  @AfterAll
  static void stop() throws Exception {
    bed.close();
  }

  @Test
  void theSecondScanRecordsExactlyTheSeededCharactersByKeyCodePointAndMjName() {
    List<CoverageFinding> added = new ArrayList<>(results.findings(after.scanId()));
    results.findings(before.scanId()).forEach(added::remove);

    assertThat(added.stream().map(CharacterCoverageIT::line))
        .containsExactlyInAnyOrderElementsOf(
            expand(
                "madoguchi jumin {r1} A{r1} null {r1} shimei GAIJI U+E101 MJ006561 U+4F02 null",
                "madoguchi jumin {r1} A{r1} null {r1} shimei GAIJI U+E102 MJ003719 null null",
                "madoguchi jumin {r2} A{r2} null {r2} address UNPRINTABLE U+E103 null null"
                    + " NO_GAIJI_ROW",
                "madoguchi jumin {r2} A{r2} null {r2} katagaki UNPRINTABLE U+30000 null null"
                    + " NOT_IN_IPAMJ",
                "koseki koseki {g} null {g} null honseki GAIJI U+E101 MJ006561 U+4F02 null",
                "koseki koseki {g} null {g} null hittosha UNPRINTABLE U+E102 null null"
                    + " NO_GAIJI_ROW",
                "koseki kojin {g}/{kojin} K{g}-{kojin} {g} {kojinAtena} father UNPRINTABLE"
                    + " U+30000 null null NOT_IN_IPAMJ",
                "koseki jiko {g}/{jiko} {jikoPerson} {g} null detail GAIJI U+E101 MJ006561"
                    + " U+4F02 null",
                "koseki fuhyo {g}/{fuhyoKojin}/{fuhyo} K{g}-{fuhyoKojin} {g} null address"
                    + " UNPRINTABLE U+E104 null null NO_GAIJI_ROW"));
  }

  @Test
  void theCountsMoveByTheSeededPersonsAndRegisterAndTheGaugeShowsTheLatest() {
    // one resident left; one became unprintable, one printable through gaiji rows only
    assertThat(count(after, "madoguchi", "PERSON"))
        .isEqualTo(plus(count(before, "madoguchi", "PERSON"), -1, 1, 1));
    assertThat(count(after, "koseki", "REGISTER"))
        .isEqualTo(plus(count(before, "koseki", "REGISTER"), 0, 1, 0));
    assertThat(count(after, "koseki", "PERSON").unprintable())
        .isGreaterThan(count(before, "koseki", "PERSON").unprintable());
    MeterRegistry meters = node.getBean(MeterRegistry.class);
    assertThat(meters.get("kofu.unprintable.persons").tag("system", "madoguchi").gauge().value())
        .isEqualTo(count(after, "madoguchi", "PERSON").unprintable());
    assertThat(meters.get("kofu.unprintable.persons").tag("system", "koseki").gauge().value())
        .isEqualTo(count(after, "koseki", "PERSON").unprintable());
  }

  @Test
  void noLogLineHoldsTheNamesOrAddressesScanned(CapturedOutput out) throws Exception {
    scan();

    assertThat(out.getAll()).contains("coverage scan").doesNotContain("試験", "外字町");
  }

  private static CoverageScan scan() throws Exception {
    JobExecution run = Jobs.run(node, "characterCoverage", Jobs.now());
    assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    CoverageScan scan = results.latest().orElseThrow();
    assertThat(scan.scanId()).isEqualTo(run.getJobId());
    return scan;
  }

  private static void seedResidents(JdbcTemplate legacy) {
    for (String schema : List.of("madoguchi", "koseki")) {
      legacy.update(
          "INSERT INTO " + schema + ".gaiji (pua, mj_code, ucs) VALUES ('\uE101', 'MJ006561', ?)",
          "\u4F02");
    }
    // mapped in madoguchi only: a register holding it cannot print it
    legacy.update("INSERT INTO madoguchi.gaiji (pua, mj_code) VALUES ('\uE102', 'MJ003719')");
    List<Long> active =
        legacy.queryForList(
            "SELECT atena_no FROM madoguchi.jumin WHERE status = 'ACTIVE' ORDER BY atena_no",
            Long.class);
    seeded.put("r1", active.get(0));
    seeded.put("r2", active.get(1));
    update(
        legacy,
        "madoguchi.jumin SET shimei = ? WHERE atena_no = ?",
        "試験　\uE101\uE102",
        active.get(0));
    update(
        legacy,
        "madoguchi.jumin SET shimei = ?, address = ?, katagaki = ? WHERE atena_no = ?",
        "葛\uDB40\uDD02西　試験",
        "函館市外字町\uE103",
        OUTSIDE_IPAMJ,
        active.get(1));
    update(
        legacy,
        "madoguchi.jumin SET shimei = ?, status = 'MOVED_OUT' WHERE atena_no = ?",
        "試験\uE105",
        active.get(2));
  }

  private static void seedRegister(JdbcTemplate legacy) {
    long g =
        legacy.queryForObject(
            "SELECT MIN(k.koseki_id) FROM koseki.koseki k WHERE k.status = 'CURRENT'"
                + " AND EXISTS (SELECT 1 FROM koseki.fuhyo f WHERE f.koseki_id = k.koseki_id)"
                + " AND EXISTS (SELECT 1 FROM koseki.jiko j WHERE j.koseki_id = k.koseki_id)",
            Long.class);
    seeded.put("g", g);
    update(
        legacy,
        "koseki.koseki SET honseki = honseki || ?, hittosha = hittosha || ?"
            + " WHERE koseki_id = ?",
        "\uE101",
        "\uE102",
        g);
    var kojin = first(legacy, "kojin_no, atena_no FROM koseki.kojin", "kojin_no", g);
    seeded.put("kojin", kojin.get("kojin_no"));
    seeded.put("kojinAtena", kojin.get("atena_no"));
    update(
        legacy,
        "koseki.kojin SET father = ? WHERE koseki_id = ? AND kojin_no = ?",
        OUTSIDE_IPAMJ,
        g,
        kojin.get("kojin_no"));
    var jiko = first(legacy, "seq, kojin_no FROM koseki.jiko", "seq", g);
    seeded.put("jiko", jiko.get("seq"));
    seeded.put(
        "jikoPerson", jiko.get("kojin_no") == null ? null : "K" + g + "-" + jiko.get("kojin_no"));
    update(
        legacy,
        "koseki.jiko SET detail = detail || ? WHERE koseki_id = ? AND seq = ?",
        "\uE101",
        g,
        jiko.get("seq"));
    var fuhyo = first(legacy, "kojin_no, seq FROM koseki.fuhyo", "kojin_no, seq", g);
    seeded.put("fuhyoKojin", fuhyo.get("kojin_no"));
    seeded.put("fuhyo", fuhyo.get("seq"));
    update(
        legacy,
        "koseki.fuhyo SET address = ? WHERE koseki_id = ? AND kojin_no = ?" + " AND seq = ?",
        "函館市外字町\uE104",
        g,
        fuhyo.get("kojin_no"),
        fuhyo.get("seq"));
    update(legacy, "koseki.koseki SET honseki = honseki || ? WHERE status = 'JOSEKI'", "\uE105");
  }

  private static Map<String, Object> first(
      JdbcTemplate legacy, String selectFrom, String order, long register) {
    return legacy.queryForMap(
        "SELECT "
            + selectFrom
            + " WHERE koseki_id = ? ORDER BY "
            + order
            + " FETCH FIRST 1 ROWS ONLY",
        register);
  }

  private static void update(JdbcTemplate legacy, String sql, Object... args) {
    legacy.update("UPDATE " + sql, args);
  }

  private static List<String> expand(String... lines) {
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      for (var e : seeded.entrySet()) {
        line = line.replace("{" + e.getKey() + "}", String.valueOf(e.getValue()));
      }
      out.add(line);
    }
    return out;
  }

  private static String line(CoverageFinding f) {
    return java.util.stream.Stream.of(
            f.system(),
            f.table(),
            f.recordKey(),
            f.personKey(),
            f.registerId(),
            f.atenaNo(),
            f.field(),
            f.kind(),
            f.codePoints(),
            f.mjName(),
            f.printedAs(),
            f.reason())
        .map(String::valueOf)
        .collect(java.util.stream.Collectors.joining(" "));
  }

  private static CoverageCount count(CoverageScan scan, String system, String unit) {
    return scan.counts().stream()
        .filter(c -> c.system().equals(system) && c.unit().equals(unit))
        .findFirst()
        .orElseThrow();
  }

  private static CoverageCount plus(CoverageCount c, long scanned, long unprintable, long gaiji) {
    return new CoverageCount(
        c.system(),
        c.unit(),
        c.scanned() + scanned,
        c.unprintable() + unprintable,
        c.gaijiOnly() + gaiji);
  }
}

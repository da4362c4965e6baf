package org.kofu.demodata.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kofu.demodata.generate.DemoDataGenerator;
import org.kofu.demodata.generate.GeneratorSettings;
import org.kofu.demodata.generate.LegacyTable;
import org.kofu.testsupport.ScratchPostgres;
import org.springframework.jdbc.core.JdbcTemplate;

class PostgresLoaderIT {

  private static final DemoDataGenerator GENERATOR =
      new DemoDataGenerator(new GeneratorSettings(800, 5L, LocalDate.of(2026, 11, 25)));

  private static ScratchPostgres postgres;
  private static LoadReport report;
  private static JdbcTemplate jdbc;

  @BeforeAll
  static void load() throws Exception {
    postgres = ScratchPostgres.create();
    report = DemoDataLoader.of(postgres.dataSource()).load(postgres.dataSource(), GENERATOR, false);
    jdbc = new JdbcTemplate(postgres.dataSource());
  }

  @AfterAll
  static void drop() throws Exception {
    postgres.close();
  }

  @Test
  void copiesEveryGeneratedRow() {
    Map<LegacyTable, Long> expected = new EnumMap<>(LegacyTable.class);
    GENERATOR.generate((t, row) -> expected.merge(t, 1L, Long::sum));

    assertThat(report.rows()).isEqualTo(expected);
    for (LegacyTable t : LegacyTable.values()) {
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + t.qualifiedName(), Long.class))
          .as(t.qualifiedName())
          .isEqualTo(expected.getOrDefault(t, 0L));
    }
  }

  @Test
  void textSurvivesCopyEscapingIncludingNewlinesAndSupplementaryCharacters() {
    String detail =
        jdbc.queryForObject(
            "SELECT detail FROM koseki.jiko WHERE jiko_kind = '出生' ORDER BY koseki_id, seq"
                + " FETCH FIRST 1 ROWS ONLY",
            String.class);
    assertThat(detail).contains("\n【出生地】");
    byte[] png =
        jdbc.queryForObject(
            "SELECT inei_png FROM madoguchi.inkan ORDER BY inkan_no FETCH FIRST 1 ROWS ONLY",
            byte[].class);
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
  }

  @Test
  void journalStartsEmptyAndRecordsLaterWrites() {
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM koseki.change_journal", Long.class))
        .isZero();

    jdbc.update("UPDATE koseki.koseki SET hensei_date = hensei_date WHERE koseki_id = 700000001");

    assertThat(
            jdbc.queryForObject(
                "SELECT version FROM koseki.koseki WHERE koseki_id = 700000001", Long.class))
        .isEqualTo(2L);
    assertThat(
            jdbc.queryForList(
                "SELECT op FROM koseki.change_journal WHERE koseki_id = 700000001", String.class))
        .containsExactly("U");
  }
}

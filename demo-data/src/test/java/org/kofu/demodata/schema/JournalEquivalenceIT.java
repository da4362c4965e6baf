package org.kofu.demodata.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kofu.testsupport.ScratchPostgres;
import org.springframework.jdbc.core.JdbcTemplate;

/** The H2 copy's triggers journal and version rows exactly as the PostgreSQL functions do. */
class JournalEquivalenceIT {

  private static ScratchPostgres postgres;
  private static JdbcTemplate pg;
  private static JdbcTemplate h2;

  @BeforeAll
  static void runTheSameWritesOnBoth() throws Exception {
    postgres = ScratchPostgres.create();
    DataSource h2Source = H2.fresh();
    pg = prepare(postgres.dataSource());
    h2 = prepare(h2Source);
  }

  private static JdbcTemplate prepare(DataSource ds) throws java.sql.SQLException {
    LegacySchema.createTables(ds);
    JdbcTemplate jdbc = new JdbcTemplate(ds);
    JournalScenario.existingRows(jdbc);
    LegacySchema.createTriggers(ds);
    JournalScenario.run(jdbc);
    return jdbc;
  }

  @AfterAll
  static void dropDatabase() throws Exception {
    postgres.close();
  }

  @Test
  void madoguchiJournalHasTheSameRowsInTheSameOrder() {
    String sql =
        "SELECT table_name, atena_no, setai_no, op FROM madoguchi.change_journal ORDER BY seq";
    List<Map<String, Object>> expected = normalized(pg.queryForList(sql));

    assertThat(normalized(h2.queryForList(sql))).isEqualTo(expected);
    assertThat(expected)
        .as("a household move journals the person under both households")
        .contains(
            Map.of("table_name", "jumin", "atena_no", "11", "setai_no", "2", "op", "U"),
            Map.of("table_name", "jumin", "atena_no", "11", "setai_no", "1", "op", "U"));
  }

  @Test
  void kosekiJournalHasTheSameRowsInTheSameOrder() {
    String sql =
        "SELECT table_name, koseki_id, kojin_no, op FROM koseki.change_journal ORDER BY seq";

    assertThat(normalized(h2.queryForList(sql))).isEqualTo(normalized(pg.queryForList(sql)));
    assertThat(pg.queryForList(sql)).hasSize(JournalScenario.KOSEKI_WRITES);
  }

  @Test
  void versionsAreBumpedAlikeOnEveryTable() {
    for (String sql : JournalScenario.VERSION_QUERIES) {
      assertThat(normalized(h2.queryForList(sql)))
          .as(sql)
          .isEqualTo(normalized(pg.queryForList(sql)));
    }
    assertThat(
            pg.queryForObject(
                "SELECT version FROM madoguchi.jumin WHERE atena_no = 10", Long.class))
        .isEqualTo(3L);
    assertThat(
            pg.queryForObject("SELECT version FROM madoguchi.setai WHERE setai_no = 2", Long.class))
        .isEqualTo(2L);
  }

  @Test
  void journalSeqIncreasesWithEveryWrite() {
    List<Long> seqs =
        h2.queryForList("SELECT seq FROM madoguchi.change_journal ORDER BY seq", Long.class);
    assertThat(seqs).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void bothRejectASecondActiveSeal() {
    String sql =
        "INSERT INTO madoguchi.inkan (inkan_no, atena_no, toroku_date, status, inei_png)"
            + " VALUES (99, 10, DATE '2024-01-01', 'ACTIVE', ?)";
    for (JdbcTemplate jdbc : List.of(pg, h2)) {
      assertThatThrownBy(() -> jdbc.update(sql, (Object) new byte[] {1}))
          .hasMessageContaining("inkan_one_active_idx");
    }
  }

  /**
   * The shared DDL once failed here (PL/pgSQL resolved {@code OLD.setai_no} for every table): seal,
   * tax and restriction writes are journaled on both engines, under the person's household.
   */
  @Test
  void sealTaxAndRestrictionWritesAreJournaledAlike() {
    String insert =
        "INSERT INTO madoguchi.kofu_seigen (seigen_id, atena_no, reason, valid_from)"
            + " VALUES (2, 10, 'OTHER', DATE '2024-01-01')";
    String journal =
        "SELECT table_name, atena_no, setai_no, op FROM madoguchi.change_journal"
            + " WHERE table_name = 'kofu_seigen'";

    pg.update(insert);
    h2.update(insert);

    assertThat(normalized(pg.queryForList(journal)))
        .isEqualTo(normalized(h2.queryForList(journal)))
        .containsExactly(
            Map.of("table_name", "kofu_seigen", "atena_no", "10", "setai_no", "1", "op", "I"));
  }

  @Test
  void gaijiMappingsBumpTheirVersionWithoutAJournalRow() {
    for (JdbcTemplate jdbc : List.of(pg, h2)) {
      assertThat(
              jdbc.queryForObject(
                  "SELECT version FROM koseki.gaiji WHERE pua = '\uE001'", Long.class))
          .isEqualTo(2L);
      assertThat(
              jdbc.queryForObject(
                  "SELECT COUNT(*) FROM koseki.change_journal WHERE table_name = 'gaiji'",
                  Long.class))
          .isZero();
    }
  }

  /** Column names lower case, values as text, so both engines' rows compare. */
  private static List<Map<String, Object>> normalized(List<Map<String, Object>> rows) {
    return rows.stream()
        .map(
            r -> {
              Map<String, Object> m = new java.util.TreeMap<>();
              r.forEach(
                  (k, v) ->
                      m.put(
                          k.toLowerCase(java.util.Locale.ROOT),
                          v == null ? "null" : v.toString().trim()));
              return (Map<String, Object>) m;
            })
        .map(m -> (Map<String, Object>) Map.copyOf(m))
        .toList();
  }
}

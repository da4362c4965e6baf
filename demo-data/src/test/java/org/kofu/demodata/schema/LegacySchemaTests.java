package org.kofu.demodata.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class LegacySchemaTests {

  @Test
  void postgresqlScriptIsTheSharedOneByteForByte() throws Exception {
    // given the shared original, where the repository sits beside it
    Path repoRoot = Path.of("").toAbsolutePath().getParent();
    Path shared = repoRoot.resolve("../shared/legacy/legacy-schema.sql").normalize();
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(shared), "no shared copy here");

    // when / then
    assertThat(LegacySchema.script(Engine.POSTGRESQL)).isEqualTo(Files.readString(shared));
  }

  @Test
  void bothScriptsHaveATriggersPart() {
    for (Engine engine : Engine.values()) {
      assertThat(LegacySchema.script(engine)).contains(LegacySchema.TRIGGERS_MARKER);
    }
  }

  @Test
  void h2CopyCreatesEveryTableAndDetectsItsEngine() throws SQLException {
    // given
    DataSource ds = H2.fresh();

    // when
    LegacySchema.create(ds);

    // then
    JdbcTemplate jdbc = new JdbcTemplate(ds);
    assertThat(LegacySchema.exists(ds)).isTrue();
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_SCHEMA IN ('MADOGUCHI', 'KOSEKI')",
                Integer.class))
        .isEqualTo(14);
  }

  @Test
  void h2RejectsASecondActiveSealLikeThePartialUniqueIndex() throws SQLException {
    // given a person with an ACTIVE registration
    DataSource ds = H2.fresh();
    LegacySchema.create(ds);
    JdbcTemplate jdbc = new JdbcTemplate(ds);
    jdbc.update("INSERT INTO madoguchi.setai (setai_no, setainushi_atena_no) VALUES (1, 10)");
    jdbc.update(
        "INSERT INTO madoguchi.jumin (atena_no, juminhyo_code, setai_no, shimei, shimei_kana,"
            + " birth_date, sex, zokugara, jumin_date, address, jutei_date)"
            + " VALUES (10, '00000000010', 1, 'x', 'x', ?, '1', '世帯主', ?, 'a', ?)",
        LocalDate.of(1980, 1, 1),
        LocalDate.of(1980, 1, 1),
        LocalDate.of(1980, 1, 1));
    String seal =
        "INSERT INTO madoguchi.inkan (inkan_no, atena_no, toroku_date, status, inei_png)"
            + " VALUES (?, 10, ?, ?, X'00')";
    jdbc.update(seal, 1, LocalDate.of(2020, 1, 1), "ACTIVE");
    jdbc.update(seal, 2, LocalDate.of(2010, 1, 1), "ABOLISHED");

    // when / then
    assertThatThrownBy(() -> jdbc.update(seal, 3, LocalDate.of(2021, 1, 1), "ACTIVE"))
        .hasMessageContaining("inkan_one_active_idx");
    assertThatThrownBy(
            () -> jdbc.update("UPDATE madoguchi.inkan SET status = 'ACTIVE' WHERE inkan_no = 2"))
        .hasMessageContaining("inkan_one_active_idx");
    jdbc.update("UPDATE madoguchi.inkan SET status = 'ABOLISHED' WHERE inkan_no = 1");
    jdbc.update("UPDATE madoguchi.inkan SET status = 'ACTIVE' WHERE inkan_no = 2");
  }

  @Test
  void oracleCopyRunsInH2sOracleModeWithTheSameColumnsAsTheH2Copy() throws SQLException {
    // given an H2 database that parses and types like Oracle, with the two schemas a DBA would
    // create as users
    DataSource oracle =
        new DriverManagerDataSource(
            "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=Oracle;DB_CLOSE_DELAY=-1", "sa", "");
    new JdbcTemplate(oracle).execute("CREATE SCHEMA madoguchi");
    new JdbcTemplate(oracle).execute("CREATE SCHEMA koseki");
    DataSource h2 = H2.fresh();

    // when
    LegacySchema.createTables(oracle, Engine.ORACLE);
    LegacySchema.createTables(h2);

    // then every table has the same columns in the same order, nullable alike
    assertThat(columns(oracle)).isEqualTo(columns(h2)).hasSizeGreaterThan(80);
    assertThat(columnType(oracle, "KOJIN", "JOSEKI")).isEqualTo("NUMERIC");
    assertThat(columnType(oracle, "JIKO", "DETAIL")).isEqualTo("CHARACTER LARGE OBJECT");
    assertThat(columnType(oracle, "INKAN", "INEI_PNG")).isEqualTo("BINARY LARGE OBJECT");
  }

  @Test
  void oracleCopyKeepsIdentifiersWithinThirtyBytes() {
    String script = LegacySchema.script(Engine.ORACLE).replaceAll("(?m)--.*$", "");

    assertThat(script.split("[^a-z_]+")).allMatch(word -> word.length() <= 30);
  }

  private static List<String> columns(DataSource ds) {
    return new JdbcTemplate(ds)
        .queryForList(
            "SELECT TABLE_SCHEMA || '.' || TABLE_NAME || '.' || COLUMN_NAME || ' ' || IS_NULLABLE"
                + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA IN ('MADOGUCHI', 'KOSEKI')"
                + " ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION",
            String.class);
  }

  private static String columnType(DataSource ds, String table, String column) {
    return new JdbcTemplate(ds)
        .queryForObject(
            "SELECT DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = ?"
                + " AND COLUMN_NAME = ?",
            String.class,
            table,
            column);
  }
}

package org.kofu.demodata.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kofu.demodata.generate.DemoDataGenerator;
import org.kofu.demodata.generate.GeneratorSettings;
import org.kofu.demodata.generate.LegacyTable;
import org.kofu.demodata.schema.H2;
import org.springframework.jdbc.core.JdbcTemplate;

class H2LoaderTests {

  private static final DemoDataGenerator GENERATOR =
      new DemoDataGenerator(new GeneratorSettings(300, 3L, LocalDate.of(2026, 11, 25)));

  @Test
  void loadsEveryGeneratedRowAndReportsTheCounts() throws Exception {
    // given
    DataSource ds = H2.fresh();
    Map<LegacyTable, Long> expected = new EnumMap<>(LegacyTable.class);
    GENERATOR.generate((t, row) -> expected.merge(t, 1L, Long::sum));

    // when
    LoadReport report = DemoDataLoader.of(ds).load(ds, GENERATOR, false);

    // then
    assertThat(report.rows()).isEqualTo(expected);
    JdbcTemplate jdbc = new JdbcTemplate(ds);
    for (LegacyTable t : LegacyTable.values()) {
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + t.qualifiedName(), Long.class))
          .as(t.qualifiedName())
          .isEqualTo(expected.getOrDefault(t, 0L));
    }
  }

  @Test
  void journalStartsEmptyAndTriggersWorkAfterTheLoad() throws Exception {
    // given
    DataSource ds = H2.fresh();
    new H2Loader().load(ds, GENERATOR, false);
    JdbcTemplate jdbc = new JdbcTemplate(ds);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM madoguchi.change_journal", Long.class))
        .isZero();

    // when
    jdbc.update("UPDATE madoguchi.jumin SET katagaki = NULL WHERE atena_no = 100000001");

    // then
    assertThat(
            jdbc.queryForObject(
                "SELECT version FROM madoguchi.jumin WHERE atena_no = 100000001", Long.class))
        .isEqualTo(2L);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM madoguchi.change_journal WHERE atena_no = 100000001",
                Long.class))
        .isEqualTo(1L);
  }

  @Test
  void refusesADatabaseWithRowsUnlessReplacing() throws Exception {
    // given
    DataSource ds = H2.fresh();
    new H2Loader().load(ds, GENERATOR, false);

    // when / then
    assertThatThrownBy(() -> new H2Loader().load(ds, GENERATOR, false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("--replace");
    LoadReport again = new H2Loader().load(ds, GENERATOR, true);
    assertThat(again.rows(LegacyTable.JUMIN)).isEqualTo(300);
  }
}

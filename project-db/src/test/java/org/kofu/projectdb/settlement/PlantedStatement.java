package org.kofu.projectdb.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import javax.sql.DataSource;
import org.kofu.projectdb.settlement.StatementCheck.Result;
import org.kofu.projectdb.settlement.StatementImports.Imported;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reconciliation scenario of issue 26's tests, the same on H2 and PostgreSQL: three closed days
 * of issuances, a fourth not closed, and the center's statement with a wrong fee, an extra operator
 * and a missing day planted in it (and two lines that agree).
 */
final class PlantedStatement {

  static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  static final Instant NOW = Instant.parse("2026-12-05T01:00:00Z");
  static final Set<String> TYPES = Set.of("JUMINHYO", "INKAN", "KOSEKI_ZENBU");
  static final String HEADER = "date,operator,certificateType,copies,feeYen\n";

  /** The center's statement: 12/2 is missing, FAMIMA is extra, LAWSON's INKAN fee is wrong. */
  static final String CENTER_STATEMENT =
      "\uFEFF"
          + HEADER
          + "2026-12-01,SEJ,JUMINHYO,2,600\n"
          + "2026-12-01,LAWSON,INKAN,1,350\n"
          + "2026-12-01,FAMIMA,JUMINHYO,1,300\n"
          + "2026-12-03,LAWSON,JUMINHYO,3,900\n"
          + "2026-12-04,SEJ,JUMINHYO,5,1500\n";

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  final StatementImports imports;
  final StatementCheck check;

  PlantedStatement(DataSource dataSource) {
    this.dataSource = dataSource;
    this.jdbc = JdbcClient.create(dataSource);
    this.imports = new StatementImports(dataSource, TYPES);
    this.check = new StatementCheck(dataSource);
  }

  /** The city's record: 12/1–12/3 issued and closed, 12/4 issued and not closed. */
  PlantedStatement closedDays() {
    operator("SEJ", "SEJ-");
    operator("LAWSON", "LAW-");
    issued("p1", "SEJ-0001", "JUMINHYO", 2, 600, "2026-12-01T03:00:00Z");
    issued("p2", "LAW-0001", "INKAN", 1, 300, "2026-12-01T04:00:00Z");
    issued("p3", "SEJ-0002", "JUMINHYO", 1, 300, "2026-12-02T03:00:00Z");
    issued("p4", "LAW-0002", "JUMINHYO", 3, 900, "2026-12-03T03:00:00Z");
    issued("p5", "SEJ-0001", "JUMINHYO", 5, 1500, "2026-12-04T03:00:00Z");
    DailyClose close = new DailyClose(dataSource, new DailyCounts(dataSource, TOKYO));
    for (int day = 1; day <= 3; day++) {
      close.close(
          LocalDate.of(2026, 12, day), Instant.parse("2026-12-0" + (day + 1) + "T15:30:00Z"));
    }
    return this;
  }

  Imported imported(String origin, String file) throws MalformedStatementException {
    return imports.importFile(
        origin, "2026-12.csv", file.getBytes(StandardCharsets.UTF_8), "officer1", NOW);
  }

  /** What the planted differences must give: exactly these lines, nothing else. */
  static void assertFoundExactly(Result result) {
    assertThat(result.lines())
        .extracting(
            l ->
                l.key().day()
                    + " "
                    + l.key().operator()
                    + " "
                    + l.key().certificateType()
                    + " "
                    + l.state()
                    + " "
                    + l.copiesDifference()
                    + " "
                    + l.feeDifference())
        .containsExactly(
            "2026-12-01 FAMIMA JUMINHYO ONLY_IN_STATEMENT 1 300",
            "2026-12-01 LAWSON INKAN DIFFERENT 0 50",
            "2026-12-02 SEJ JUMINHYO ONLY_IN_RECORD -1 -300",
            "2026-12-04 SEJ JUMINHYO NOT_CLOSED null null");
    StatementCheck.Line fee = result.lines().get(1);
    assertThat(fee.statement().feeYen()).isEqualTo(350);
    assertThat(fee.record().feeYen()).isEqualTo(300);
    assertThat(result.agreeing()).isEqualTo(2);
    assertThat(result.from()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(result.to()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(result.closedDays())
        .containsExactly(
            LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 3));
    assertThat(result.notClosedDays()).hasSize(28).startsWith(LocalDate.of(2026, 12, 4));
  }

  int storedImports() {
    return jdbc.sql("SELECT COUNT(*) FROM statement_import").query(Integer.class).single();
  }

  int storedRows() {
    return jdbc.sql("SELECT COUNT(*) FROM statement_row").query(Integer.class).single();
  }

  private void operator(String code, String prefix) {
    jdbc.sql("INSERT INTO store_operator (operator_code, name) VALUES (?, ?)")
        .params(code, code)
        .update();
    jdbc.sql("INSERT INTO kiosk_prefix (prefix, operator_code) VALUES (?, ?)")
        .params(prefix, code)
        .update();
  }

  private void issued(String id, String kiosk, String type, int copies, int fee, String at) {
    IssuedRows.insert(jdbc, id, kiosk, type, copies, fee, at, "PRINTED");
  }
}

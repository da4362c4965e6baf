package org.kofu.projectdb.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kofu.projectdb.TestDatabases;
import org.springframework.jdbc.core.simple.JdbcClient;

class SettlementRepositoryTests {

  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final Instant NOW = Instant.parse("2026-12-04T01:00:00Z");

  private final DataSource dataSource = TestDatabases.h2();
  private final SettlementRepository repository = new SettlementRepository(dataSource);
  private final JdbcClient jdbc = JdbcClient.create(dataSource);

  @Test
  void feesAreAddedFromNowOnAndNeverInThePast() {
    List<DatedFee> seeded = repository.fees(); // V21_1: the fees configured until then
    DatedFee campaign = new DatedFee("JUMINHYO", NOW.plusSeconds(3600), 10);
    repository.addFee(campaign, "officer1", NOW);
    assertThat(repository.fees()).hasSize(seeded.size() + 1).contains(campaign);
    assertThatThrownBy(
            () -> repository.addFee(new DatedFee("INKAN", NOW.minusSeconds(1), 200), "o", NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(repository.fees()).hasSize(seeded.size() + 1).contains(campaign);
  }

  @Test
  void theRecordCountsPrintedCopiesPerTokyoDayOperatorAndType() {
    operator("SEJ", "SEJ-");
    issued("r1", "SEJ-0001", "JUMINHYO", 2, 600, "2026-12-01T14:59:59Z", "PRINTED"); // 12/1 23:59
    issued("r2", "SEJ-0002", "JUMINHYO", 1, 300, "2026-12-01T15:00:00Z", "PRINTED"); // 12/2 0:00
    issued("r3", "SEJ-0002", "JUMINHYO", 1, 300, "2026-12-01T16:00:00Z", "PRINT_FAILED");
    issued("r4", "XX-9", "INKAN", 3, 900, "2026-12-01T03:00:00Z", "PRINTED");
    issued("r5", "SEJ-0003", "JUMINHYO", 1, 300, "2026-12-01T04:00:00Z", null);

    commission("*", "2026-04-01T00:00:00Z", 120);
    commission("SEJ", "2026-12-01T15:00:00Z", 100); // SEJ's own contract from 12/2

    List<DayCount> counts =
        new DailyCounts(dataSource, TOKYO)
            .between(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2));

    assertThat(counts)
        .containsExactly(
            count("2026-12-01", "SEJ", "JUMINHYO", 1, 2, 600, 240),
            count("2026-12-01", "UNKNOWN", "INKAN", 1, 3, 900, 360),
            count("2026-12-02", "SEJ", "JUMINHYO", 1, 1, 300, 100));
  }

  @Test
  void anImportedStatementIsStoredWholeAndReconciledWithTheRecord() throws Exception {
    operator("SEJ", "SEJ-");
    issued("r1", "SEJ-0001", "JUMINHYO", 2, 600, "2026-12-01T03:00:00Z", "PRINTED");
    byte[] file =
        ("date,operator,certificateType,copies,feeYen\n"
                + "2026-12-01,SEJ,JUMINHYO,2,600\n"
                + "2026-12-01,LAWSON,JUMINHYO,1,300\n")
            .getBytes(StandardCharsets.UTF_8);
    List<StatementRow> rows = new StatementCsv(Set.of("JUMINHYO")).read(file);

    long id = repository.importStatement("CENTER", "2026-12.csv", file, rows, "officer1", NOW);

    assertThat(repository.statement(id)).containsExactlyInAnyOrderElementsOf(rows);
    List<StatementRow> record =
        new DailyCounts(dataSource, TOKYO)
            .asStatement(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));
    assertThat(Reconciliation.compare(repository.statement(id), record))
        .extracting(d -> d.key().operator() + " " + d.kind())
        .containsExactly("LAWSON ONLY_IN_STATEMENT");
  }

  private void operator(String code, String prefix) {
    jdbc.sql("INSERT INTO store_operator (operator_code, name) VALUES (?, ?)")
        .params(code, code)
        .update();
    jdbc.sql("INSERT INTO kiosk_prefix (prefix, operator_code) VALUES (?, ?)")
        .params(prefix, code)
        .update();
  }

  private void issued(
      String id, String kiosk, String type, int copies, int fee, String at, String outcome) {
    IssuedRows.insert(jdbc, id, kiosk, type, copies, fee, at, outcome);
  }

  private void commission(String operator, String from, int yen) {
    jdbc.sql(
            "INSERT INTO commission_schedule (operator_code, effective_from, commission_yen,"
                + " recorded_by, recorded_at) VALUES (?, ?, ?, 'officer1', ?)")
        .params(operator, Timestamp.from(Instant.parse(from)), yen, Timestamp.from(NOW))
        .update();
  }

  private static DayCount count(
      String day, String operator, String type, long n, long c, long f, long commission) {
    return new DayCount(
        new SettlementKey(LocalDate.parse(day), operator, type), n, c, f, commission);
  }
}

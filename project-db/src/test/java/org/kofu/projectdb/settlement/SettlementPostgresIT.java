package org.kofu.projectdb.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kofu.projectdb.TestDatabases;
import org.kofu.projectdb.settlement.ClosedDayChange.Kind;
import org.kofu.projectdb.settlement.DailyClose.Seal;
import org.kofu.testsupport.ScratchPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The daily close, its later changes and the monthly settlement on a real PostgreSQL. */
class SettlementPostgresIT {

  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final Duration GRACE = Duration.ofMinutes(30);
  private static final LocalDate DEC1 = LocalDate.of(2026, 12, 1);
  private static final LocalDate DEC2 = LocalDate.of(2026, 12, 2);

  private ScratchPostgres postgres;
  private DataSource dataSource;
  private JdbcClient jdbc;
  private DayClosing closing;
  private DailyClose close;

  @BeforeEach
  void database() throws Exception {
    postgres = ScratchPostgres.create();
    dataSource = postgres.dataSource();
    TestDatabases.migrate(dataSource);
    jdbc = JdbcClient.create(dataSource);
    closing = new DayClosing(dataSource);
    close = new DailyClose(dataSource, new DailyCounts(dataSource, TOKYO));
    jdbc.sql("INSERT INTO store_operator VALUES ('SEJ', 'セブン-イレブン'), ('LAWSON', 'ローソン')").update();
    jdbc.sql("INSERT INTO kiosk_prefix VALUES ('SEJ-', 'SEJ'), ('LAW-', 'LAWSON')").update();
    jdbc.sql(
            "INSERT INTO commission_schedule VALUES ('*', TIMESTAMP WITH TIME ZONE"
                + " '2026-01-01 00:00:00+09:00', 100, 'test', CURRENT_TIMESTAMP)")
        .update();
  }

  @AfterEach
  void drop() throws Exception {
    postgres.close();
  }

  @Test
  void aPrintedNotificationAfterTheCloseIsReportedAndTheSealStays() {
    charged("a01", "SEJ-1", "JUMINHYO", 1, 300, at("2026-12-01T10:00"), "PRINTED", "SEJ:120");
    charged("a02", "SEJ-1", "JUMINHYO", 2, 600, at("2026-12-01T22:55"), null, "SEJ:240");

    DayClosing.Outcome first = closing.run(at("2026-12-01T23:45"), GRACE, 31);

    assertThat(first.closed()).extracting(Seal::day).containsExactly(DEC1);
    Seal seal = first.closed().get(0);
    assertThat(close.sealed(DEC1))
        .containsExactly(new DayCount(new SettlementKey(DEC1, "SEJ", "JUMINHYO"), 1, 1, 300, 120));

    // the kiosk's result arrives after the close
    jdbc.sql("UPDATE issuance_request SET outcome = 'PRINTED' WHERE request_id = 'a02'").update();
    DayClosing.Outcome second = closing.run(at("2026-12-02T23:45"), GRACE, 31);

    assertThat(second.closed()).extracting(Seal::day).containsExactly(DEC2);
    assertThat(second.changes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo(Kind.CHANGED);
              assertThat(c.key()).isEqualTo(new SettlementKey(DEC1, "SEJ", "JUMINHYO"));
              assertThat(c.sealed().copies()).isEqualTo(1);
              assertThat(c.now().copies()).isEqualTo(3);
              assertThat(c.now().feesYen()).isEqualTo(900);
              assertThat(c.now().commissionYen()).isEqualTo(360);
            });
    assertThat(close.seal(DEC1)).contains(seal);
    assertThat(close.sealed(DEC1)).extracting(DayCount::copies).containsExactly(1L);
    assertThat(close.sealIntact(DEC1)).isTrue();

    // found once: the next run reports nothing new, the change stays on record
    assertThat(closing.run(at("2026-12-03T23:45"), GRACE, 31).changes()).isEmpty();
    ClosedDayChanges changes = changes();
    assertThat(changes.reported(DEC1, DEC1)).hasSize(1);
    assertThat(changes.count()).isEqualTo(1);
  }

  @Test
  void anEditOfTheSealedCountsIsReportedAsABrokenSeal() {
    charged("b01", "LAW-9", "INKAN", 1, 300, at("2026-12-01T09:00"), "PRINTED", "LAWSON:100");
    closing.run(at("2026-12-01T23:45"), GRACE, 31);

    jdbc.sql("UPDATE daily_close_count SET fees_yen = 0").update();

    assertThat(closing.run(at("2026-12-02T23:45"), GRACE, 31).changes())
        .extracting(ClosedDayChange::kind)
        .contains(Kind.SEAL_BROKEN);
  }

  @Test
  void copiesFeesAndCommissionSumAcrossTwoOperatorsAndUnknown() {
    // stored operator and commission (answered after V21_1)
    charged("c01", "SEJ-1", "JUMINHYO", 2, 600, at("2026-12-01T08:00"), "PRINTED", "SEJ:240");
    charged("c02", "SEJ-2", "JUMINHYO", 1, 300, at("2026-12-01T09:00"), "PRINTED", "SEJ:120");
    charged("c03", "SEJ-2", "INKAN", 3, 900, at("2026-12-01T10:00"), "PRINTED", "SEJ:360");
    // stored UNKNOWN stays UNKNOWN even though a prefix matches now
    charged("c04", "LAW-1", "JUMINHYO", 1, 300, at("2026-12-01T11:00"), "PRINTED", "UNKNOWN:0");
    // not printed: never counted
    charged("c05", "SEJ-1", "JUMINHYO", 5, 1500, at("2026-12-01T12:00"), "FAILED", "SEJ:600");
    charged("c06", "SEJ-1", "JUMINHYO", 5, 1500, at("2026-12-01T12:30"), null, "SEJ:600");
    // from before V21_1: mapped by kioskId now, commission from the schedule (100/copy)
    charged("c07", "LAW-1", "KOSEKI_ZENBU", 2, 900, at("2026-12-01T13:00"), "PRINTED", null);
    charged("c08", "XYZ-1", "JUMINHYO", 1, 300, at("2026-12-01T14:00"), "PRINTED", null);
    // no requested_at (before V15_1): the day of issued_at
    charged("c09", "LAW-2", "KOSEKI_ZENBU", 1, 450, null, "PRINTED", null);
    jdbc.sql("UPDATE issuance_request SET issued_at = ? WHERE request_id = 'c09'")
        .param(Timestamp.from(at("2026-12-01T15:00")))
        .update();
    // requested 23:59 on 12/1, answered after midnight: 12/1
    charged("c10", "SEJ-3", "INKAN", 1, 300, at("2026-12-01T23:59"), "PRINTED", "SEJ:120");
    jdbc.sql("UPDATE issuance_request SET issued_at = ? WHERE request_id = 'c10'")
        .param(Timestamp.from(at("2026-12-02T00:00:30")))
        .update();

    closing.run(at("2026-12-02T23:45"), GRACE, 31);

    assertThat(close.sealed(DEC1))
        .containsExactlyInAnyOrder(
            line("LAWSON", "KOSEKI_ZENBU", 2, 3, 1350, 300),
            line("SEJ", "INKAN", 2, 4, 1200, 480),
            line("SEJ", "JUMINHYO", 2, 3, 900, 360),
            line("UNKNOWN", "JUMINHYO", 2, 2, 600, 100));
    assertThat(close.sealed(DEC2)).isEmpty();
    assertThat(close.seal(DEC2)).isPresent();
  }

  @Test
  void theRunClosesOnlyDaysWhoseServiceHoursEnded() {
    charged("d01", "SEJ-1", "JUMINHYO", 1, 300, at("2026-11-29T10:00"), "PRINTED", "SEJ:120");

    // 12/1 22:00: service hours (06:30–23:00) of 12/1 still running
    assertThat(closing.run(at("2026-12-01T22:00"), GRACE, 31).closed())
        .extracting(Seal::day)
        .containsExactly(LocalDate.of(2026, 11, 29), LocalDate.of(2026, 11, 30));
    // ended at 23:00, but the grace for late results runs until 23:30
    assertThat(closing.run(at("2026-12-01T23:20"), GRACE, 31).closed()).isEmpty();
    assertThat(closing.run(at("2026-12-01T23:31"), GRACE, 31).closed())
        .extracting(Seal::day)
        .containsExactly(DEC1);
    // the service hours are the admin's: closing at 21:00 makes the day due earlier
    jdbc.sql("UPDATE service_hours SET closes_at = TIME '21:00:00'").update();
    assertThat(closing.run(at("2026-12-02T21:31"), GRACE, 31).closed())
        .extracting(Seal::day)
        .containsExactly(DEC2);
    assertThat(
            DayClosing.lastEnded(
                new org.kofu.projectdb.service.ServiceScheduleRepository(dataSource).hours(),
                at("2026-12-03T00:10"),
                GRACE))
        .isEqualTo(DEC2);
  }

  @Test
  void theMonthlySettlementIsBuiltFromSealedClosesAndNamesDaysNotClosed() throws Exception {
    charged("e01", "SEJ-1", "JUMINHYO", 2, 600, at("2026-12-01T08:00"), "PRINTED", "SEJ:240");
    charged("e02", "LAW-1", "JUMINHYO", 1, 300, at("2026-12-02T08:00"), "PRINTED", "LAWSON:100");
    charged("e03", "XYZ-1", "INKAN", 1, 200, at("2026-12-02T09:00"), "PRINTED", "UNKNOWN:0");
    closing.run(at("2026-12-02T23:45"), GRACE, 31);
    // printed after the close of 12/2: reported, not in the settlement
    charged("e04", "SEJ-1", "JUMINHYO", 1, 300, at("2026-12-02T12:00"), "PRINTED", "SEJ:120");
    closing.run(at("2026-12-03T23:45"), GRACE, 31);

    MonthlySettlement.Report report =
        new MonthlySettlement(dataSource, close, changes()).of(YearMonth.of(2026, 12));

    assertThat(report.lines())
        .containsExactly(
            new MonthlySettlement.Line("LAWSON", "ローソン", "JUMINHYO", 1, 1, 300, 100),
            new MonthlySettlement.Line("SEJ", "セブン-イレブン", "JUMINHYO", 1, 2, 600, 240),
            new MonthlySettlement.Line("UNKNOWN", "不明", "INKAN", 1, 1, 200, 0));
    assertThat(report.total().copies()).isEqualTo(4);
    assertThat(report.total().netYen()).isEqualTo(1100 - 340);
    assertThat(report.notClosed()).hasSize(31 - 3).startsWith(LocalDate.of(2026, 12, 4));
    assertThat(report.changesReported()).isEqualTo(1);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SettlementCsv.write(report, out);
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF# month 2026-12; not closed: 2026-12-04 2026-12-05");
    List<CSVRecord> rows =
        CSVFormat.DEFAULT
            .builder()
            .setCommentMarker('#')
            .get()
            .parse(new StringReader(text.substring(1)))
            .getRecords();
    assertThat(rows.get(0).values()).containsExactly(SettlementCsv.HEADER);
    assertThat(rows.get(2).values())
        .containsExactly("SEJ", "セブン-イレブン", "JUMINHYO", "1", "2", "600", "240", "360");
    assertThat(rows.get(4).values())
        .containsExactly("TOTAL", "", "", "3", "4", "1100", "340", "760");
  }

  private ClosedDayChanges changes() {
    DailyCounts counts = new DailyCounts(dataSource, TOKYO);
    return new ClosedDayChanges(dataSource, new DailyClose(dataSource, counts), counts);
  }

  private static DayCount line(
      String operator, String type, long certificates, long copies, long fees, long commission) {
    return new DayCount(
        new SettlementKey(DEC1, operator, type), certificates, copies, fees, commission);
  }

  /** A local date-time in Tokyo. */
  private static Instant at(String tokyo) {
    return java.time.LocalDateTime.parse(tokyo).atZone(TOKYO).toInstant();
  }

  private void charged(
      String id,
      String kiosk,
      String type,
      int copies,
      int fee,
      Instant requested,
      String outcome,
      String operatorAndCommission) {
    // "SEJ:120": the operator and commission stored when it was answered; null: from before V21_1
    String operator = operatorAndCommission == null ? null : operatorAndCommission.split(":")[0];
    Integer commission =
        operatorAndCommission == null ? null : Integer.valueOf(operatorAndCommission.split(":")[1]);
    Instant issued = requested == null ? Instant.parse("2026-12-01T00:00:00Z") : requested;
    IssuedRows.insert(jdbc, id, kiosk, type, copies, fee, issued.toString(), outcome);
    jdbc.sql(
            "UPDATE issuance_request SET requested_at = ?, operator_code = ?, commission_yen = ?"
                + " WHERE request_id = ?")
        .params(requested == null ? null : Timestamp.from(requested), operator, commission, id)
        .update();
  }
}

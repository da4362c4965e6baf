package org.kofu.projectdb.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kofu.projectdb.TestDatabases;
import org.kofu.projectdb.settlement.DailyClose.Seal;
import org.springframework.jdbc.core.simple.JdbcClient;

class DailyCloseTests {

  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final LocalDate DEC1 = LocalDate.of(2026, 12, 1);
  private static final Instant CLOSE = Instant.parse("2026-12-01T15:30:00Z"); // 12/2 0:30 JST

  private final DataSource dataSource = TestDatabases.h2();
  private final JdbcClient jdbc = JdbcClient.create(dataSource);
  private final DailyClose close = new DailyClose(dataSource, new DailyCounts(dataSource, TOKYO));

  @Test
  void aLateResultNotificationAfterTheCloseIsReportedNotAbsorbed() {
    issued("r1", "JUMINHYO", 1, 300, "2026-12-01T05:00:00Z", "PRINTED");
    issued("r2", "JUMINHYO", 2, 600, "2026-12-01T14:50:00Z", null); // result not yet in

    Seal seal = close.close(DEC1, CLOSE);

    assertThat(close.sealed(DEC1))
        .containsExactly(
            new DayCount(new SettlementKey(DEC1, "UNKNOWN", "JUMINHYO"), 1, 1, 300, 0));
    assertThat(close.changesSince(DEC1)).isEmpty();

    jdbc.sql("UPDATE issuance_request SET outcome = 'PRINTED' WHERE request_id = 'r2'").update();

    assertThat(close.changesSince(DEC1))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(Reconciliation.Kind.DIFFERENT);
              assertThat(d.statement().copies()).isEqualTo(1); // as sealed
              assertThat(d.record().copies()).isEqualTo(3); // as counted now
            });
    assertThat(close.close(DEC1, CLOSE.plusSeconds(3600))).isEqualTo(seal);
    assertThat(close.sealed(DEC1)).extracting(DayCount::copies).containsExactly(1L);
  }

  @Test
  void theSealHoldsTheChainHeadAndFindsAnEditOfTheStoredCounts() {
    issued("r1", "INKAN", 1, 300, "2026-12-01T05:00:00Z", "PRINTED");
    jdbc.sql("UPDATE chain_head SET last_seq = 42, last_hash = ? WHERE chain_name = 'issuance'")
        .param("a".repeat(64))
        .update();

    Seal seal = close.close(DEC1, CLOSE);

    assertThat(seal.chainSeq()).isEqualTo(42);
    assertThat(seal.chainHash()).isEqualTo("a".repeat(64));
    assertThat(close.sealIntact(DEC1)).isTrue();
    jdbc.sql("UPDATE daily_close_count SET fees_yen = 0").update();
    assertThat(close.sealIntact(DEC1)).isFalse();
  }

  private void issued(String id, String type, int copies, int fee, String at, String outcome) {
    IssuedRows.insert(jdbc, id, "K-1", type, copies, fee, at, outcome);
  }
}

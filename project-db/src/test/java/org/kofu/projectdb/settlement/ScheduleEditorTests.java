package org.kofu.projectdb.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.OptionalInt;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kofu.projectdb.TestDatabases;

class ScheduleEditorTests {

  private static final Instant NOW = Instant.parse("2026-12-04T01:00:00Z");

  private final DataSource dataSource = TestDatabases.h2();
  private final ScheduleEditor editor = new ScheduleEditor(dataSource);
  private final SettlementRepository settlement = new SettlementRepository(dataSource);

  @Test
  void theConfiguredFeesAreTheFirstRowsSoNothingChangesUntilAnOfficerAddsOne() {
    FeeSchedule fees = FeeSchedule.of(settlement.fees());

    assertThat(fees.feeAt("JUMINHYO", NOW)).isEqualTo(OptionalInt.of(300));
    assertThat(fees.feeAt("KOSEKI_ZENBU", NOW)).isEqualTo(OptionalInt.of(450));
    assertThat(fees.feeAt("SHOTOKU_KAZEI", Instant.parse("2001-01-01T00:00:00Z")))
        .isEqualTo(OptionalInt.of(300));
    // the tax kinds that came later (V25_2) too: every type the relays sell has its row
    assertThat(fees.feeAt("SHOTOKU", NOW)).isEqualTo(OptionalInt.of(300));
    assertThat(fees.feeAt("KAZEI", NOW)).isEqualTo(OptionalInt.of(300));
    assertThat(editor.feeRows())
        .allMatch(row -> row.recordedBy().equals("V21_1") || row.recordedBy().equals("V25_2"))
        .extracting(ScheduleEditor.FeeRow::certificateType)
        .containsExactlyInAnyOrder(
            "JUMINHYO",
            "JUMINHYO_KISAI",
            "INKAN",
            "KOSEKI_ZENBU",
            "KOSEKI_KOJIN",
            "KOSEKI_FUHYO",
            "SHOTOKU_KAZEI",
            "SHOTOKU",
            "KAZEI");
  }

  @Test
  void aRowTakesEffectNoSoonerThanTheLeadAndOnlyOneFromAnInstant() {
    Instant soon = NOW.plus(ScheduleEditor.LEAD).minusSeconds(1);
    Instant ahead = NOW.plus(ScheduleEditor.LEAD);
    assertThatThrownBy(() -> editor.addFee(new DatedFee("INKAN", soon, 200), "o", NOW))
        .isInstanceOf(IllegalArgumentException.class);

    editor.addFee(new DatedFee("INKAN", ahead, 200), "officer1", NOW);

    assertThatThrownBy(() -> editor.addFee(new DatedFee("INKAN", ahead, 250), "o", NOW))
        .isInstanceOf(IllegalArgumentException.class);
    FeeSchedule fees = FeeSchedule.of(settlement.fees());
    assertThat(fees.feeAt("INKAN", ahead.minusMillis(1))).isEqualTo(OptionalInt.of(300));
    assertThat(fees.feeAt("INKAN", ahead)).isEqualTo(OptionalInt.of(200));
    assertThat(editor.feeRows())
        .filteredOn(row -> row.certificateType().equals("INKAN"))
        .extracting(ScheduleEditor.FeeRow::recordedBy)
        .containsExactly("V21_1", "officer1");
  }

  @Test
  void aRowIsWithdrawnOnlyWhileItIsStillAheadByTheLead() {
    Instant from = NOW.plusSeconds(3600);
    editor.addFee(new DatedFee("INKAN", from, 10), "officer1", NOW);
    editor.addCommission("*", from, 120, "officer1", NOW);

    Instant tooLate = from.minus(ScheduleEditor.LEAD).plusSeconds(1);
    assertThatThrownBy(() -> editor.withdrawFee("INKAN", from, tooLate))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> editor.withdrawCommission("*", from, tooLate))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(editor.withdrawFee("INKAN", from, NOW)).isTrue();
    assertThat(editor.withdrawCommission("*", from, NOW)).isTrue();
    assertThat(FeeSchedule.of(settlement.fees()).feeAt("INKAN", from))
        .isEqualTo(OptionalInt.of(300));
    assertThat(editor.commissionRows()).isEmpty();
  }

  @Test
  void commissionsAreDatedPerOperatorWithARateForEveryOther() {
    Instant from = NOW.plusSeconds(3600);
    editor.addCommission("*", from, 120, "officer1", NOW);
    editor.addCommission("SEJ", from.plusSeconds(60), 100, "officer1", NOW);
    assertThatThrownBy(() -> editor.addCommission("sej", from, 1, "o", NOW))
        .isInstanceOf(IllegalArgumentException.class);

    CommissionSchedule commissions = settlement.commissions();

    assertThat(commissions.perCopy("SEJ", from)).isEqualTo(120);
    assertThat(commissions.perCopy("SEJ", from.plusSeconds(60))).isEqualTo(100);
    assertThat(commissions.perCopy("UNKNOWN", from.plusSeconds(60))).isEqualTo(120);
    assertThat(editor.commissionRows()).hasSize(2);
  }
}

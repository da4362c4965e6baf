package org.kofu.projectdb.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kofu.projectdb.settlement.Reconciliation.Difference;
import org.kofu.projectdb.settlement.Reconciliation.Kind;

class ReconciliationTests {

  private static final LocalDate DEC1 = LocalDate.of(2026, 12, 1);
  private static final LocalDate DEC2 = LocalDate.of(2026, 12, 2);

  @Test
  void plantedDifferencesAreFoundExactlyAndAgreementsAreNotListed() {
    List<StatementRow> record =
        List.of(
            row(DEC1, "SEJ", "JUMINHYO", 41, 12300),
            row(DEC1, "LAWSON", "INKAN", 3, 900),
            row(DEC2, "SEJ", "JUMINHYO", 10, 3000));
    List<StatementRow> statement =
        List.of(
            row(DEC1, "SEJ", "JUMINHYO", 41, 12300), // agrees
            row(DEC1, "LAWSON", "INKAN", 3, 1200), // a wrong fee
            row(DEC1, "FAMIMA", "JUMINHYO", 2, 600)); // an extra operator; DEC2 is missing

    List<Difference> differences = Reconciliation.compare(statement, record);

    assertThat(differences)
        .extracting(d -> d.key().day() + " " + d.key().operator() + " " + d.kind())
        .containsExactly(
            "2026-12-01 FAMIMA ONLY_IN_STATEMENT",
            "2026-12-01 LAWSON DIFFERENT",
            "2026-12-02 SEJ ONLY_IN_RECORD");
    Difference fee = differences.get(1);
    assertThat(fee.kind()).isEqualTo(Kind.DIFFERENT);
    assertThat(fee.feesDiffer()).isTrue();
    assertThat(fee.copiesDiffer()).isFalse();
  }

  private static StatementRow row(LocalDate day, String operator, String type, long c, long f) {
    return new StatementRow(new SettlementKey(day, operator, type), c, f);
  }
}

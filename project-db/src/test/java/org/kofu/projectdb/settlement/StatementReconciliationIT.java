package org.kofu.projectdb.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kofu.projectdb.TestDatabases;
import org.kofu.projectdb.settlement.MalformedStatementException.Reason;
import org.kofu.projectdb.settlement.StatementImports.Imported;
import org.kofu.testsupport.ScratchPostgres;

/**
 * Issue 26's reconciliation on a real PostgreSQL: the planted differences are found exactly, and
 * each malformed file is refused with its line and field and leaves nothing stored.
 */
class StatementReconciliationIT {

  private ScratchPostgres postgres;
  private PlantedStatement planted;

  @BeforeEach
  void createDatabase() throws Exception {
    postgres = ScratchPostgres.create();
    TestDatabases.migrate(postgres.dataSource());
    planted = new PlantedStatement(postgres.dataSource()).closedDays();
  }

  @AfterEach
  void dropDatabase() throws Exception {
    postgres.close();
  }

  @Test
  void aMissingDayAnExtraOperatorAndAWrongFeeAreFoundExactly() throws Exception {
    Imported imported =
        planted.imported(StatementImports.CENTER, PlantedStatement.CENTER_STATEMENT);

    PlantedStatement.assertFoundExactly(planted.check.check(imported));
    assertThat(planted.storedImports()).isOne();
    assertThat(planted.storedRows()).isEqualTo(5);
  }

  @Test
  void eachMalformedFileIsRefusedWithItsLineAndFieldAndNothingIsStored() throws Exception {
    String good = "2026-12-01,SEJ,JUMINHYO,2,600\n";
    record Bad(String file, long line, String field, Reason reason) {}
    List<Bad> files =
        List.of(
            new Bad(
                PlantedStatement.HEADER + good + "2026-02-30,SEJ,INKAN,1,300\n",
                3,
                "date",
                Reason.DATE),
            new Bad(
                PlantedStatement.HEADER + "2026-12-01,SEJ,TOUROKU,1,300\n",
                2,
                "certificateType",
                Reason.CERTIFICATE_TYPE),
            new Bad(
                PlantedStatement.HEADER + good + "2026-12-02,SEJ,INKAN,-2,600\n",
                3,
                "copies",
                Reason.NOT_A_COUNT),
            new Bad(good + "2026-12-02,SEJ,INKAN,1,300\n", 1, "date", Reason.HEADER),
            new Bad(
                PlantedStatement.HEADER + good + "2026-12-02,SEJ,INKAN,1\n",
                3,
                "feeYen",
                Reason.FIELD_MISSING),
            new Bad(
                PlantedStatement.HEADER + "2026-12-02,SEJ,INKAN,1,300,300\n",
                2,
                "column 6",
                Reason.FIELD_EXTRA));
    for (Bad bad : files) {
      assertThatThrownBy(() -> planted.imported(StatementImports.CENTER, bad.file()))
          .as(bad.file())
          .isInstanceOfSatisfying(
              MalformedStatementException.class,
              e -> {
                assertThat(e.line()).isEqualTo(bad.line());
                assertThat(e.field()).isEqualTo(bad.field());
                assertThat(e.reason()).isEqualTo(bad.reason());
              });
      assertThat(planted.storedImports()).as(bad.file()).isZero();
      assertThat(planted.storedRows()).as(bad.file()).isZero();
    }
  }
}

package org.kofu.projectdb.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kofu.projectdb.TestDatabases;
import org.kofu.projectdb.settlement.StatementCheck.Result;
import org.kofu.projectdb.settlement.StatementCheck.State;
import org.kofu.projectdb.settlement.StatementImports.Imported;

class StatementCheckTests {

  private final PlantedStatement planted = new PlantedStatement(TestDatabases.h2()).closedDays();

  @Test
  void theCentersStatementIsComparedWithTheSealedCountsOfTheClosedDays() throws Exception {
    Imported imported =
        planted.imported(StatementImports.CENTER, PlantedStatement.CENTER_STATEMENT);

    assertThat(imported.rows()).isEqualTo(5);
    assertThat(imported.origin()).isEqualTo("CENTER");
    PlantedStatement.assertFoundExactly(planted.check.check(imported));
  }

  @Test
  void anOperatorsStatementIsComparedWithThatOperatorsLinesOnly() throws Exception {
    Imported imported =
        planted.imported(
            "LAWSON",
            PlantedStatement.HEADER
                + "2026-12-01,LAWSON,INKAN,1,300\n"
                + "2026-12-03,LAWSON,JUMINHYO,3,900\n");

    Result result = planted.check.check(imported);

    assertThat(result.lines()).isEmpty();
    assertThat(result.agreeing()).isEqualTo(2);
  }

  @Test
  void anOperatorsStatementMissingItsOwnLineOrGivingAnothersIsReported() throws Exception {
    Imported imported =
        planted.imported(
            "LAWSON",
            PlantedStatement.HEADER
                + "2026-12-01,LAWSON,INKAN,1,300\n"
                + "2026-12-02,SEJ,JUMINHYO,1,300\n");

    Result result = planted.check.check(imported);

    assertThat(result.lines())
        .extracting(l -> l.key().day() + " " + l.key().operator() + " " + l.state())
        .containsExactly("2026-12-02 SEJ ONLY_IN_STATEMENT", "2026-12-03 LAWSON ONLY_IN_RECORD");
    assertThat(result.count(State.ONLY_IN_RECORD)).isOne();
    assertThat(result.agreeing()).isOne();
  }

  @Test
  void theStatementsWholeMonthIsItsPeriodSoAMissingLastDayIsFound() throws Exception {
    Imported imported =
        planted.imported(
            StatementImports.CENTER,
            PlantedStatement.HEADER
                + "2026-12-01,SEJ,JUMINHYO,2,600\n"
                + "2026-12-01,LAWSON,INKAN,1,300\n");

    assertThat(planted.check.check(imported).lines())
        .extracting(l -> l.key().day() + " " + l.state())
        .containsExactly("2026-12-02 ONLY_IN_RECORD", "2026-12-03 ONLY_IN_RECORD");
  }

  @Test
  void aMalformedFileOrAnUnknownOriginStoresNothing() {
    assertThatThrownBy(
            () ->
                planted.imported(
                    StatementImports.CENTER,
                    PlantedStatement.HEADER
                        + "2026-12-01,SEJ,JUMINHYO,2,600\n"
                        + "2026-12-32,SEJ,JUMINHYO,2,600\n"))
        .isInstanceOf(MalformedStatementException.class);
    assertThatThrownBy(() -> planted.imported("NOBODY", PlantedStatement.CENTER_STATEMENT))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(planted.storedImports()).isZero();
    assertThat(planted.storedRows()).isZero();
  }

  @Test
  void theImportsAreListedNewestFirstAndTheFileNameIsKeptWithoutItsPath() throws Exception {
    Imported first = planted.imported(StatementImports.CENTER, PlantedStatement.CENTER_STATEMENT);
    Imported second =
        planted.imports.importFile(
            "SEJ",
            "C:\\statements\\sej.csv",
            (PlantedStatement.HEADER + "2026-12-01,SEJ,JUMINHYO,2,600\n").getBytes(),
            "officer2",
            PlantedStatement.NOW.plusSeconds(60));

    assertThat(planted.imports.imports()).containsExactly(second, first);
    assertThat(second.fileName()).isEqualTo("sej.csv");
    assertThat(second.importedBy()).isEqualTo("officer2");
    assertThat(planted.imports.origins()).startsWith("CENTER").contains("LAWSON", "SEJ");
    assertThat(StatementImports.kept("a".repeat(300))).hasSize(200);
  }
}

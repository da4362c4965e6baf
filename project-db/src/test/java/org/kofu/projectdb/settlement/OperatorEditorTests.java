package org.kofu.projectdb.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kofu.projectdb.TestDatabases;
import org.springframework.jdbc.core.simple.JdbcClient;

class OperatorEditorTests {

  private final DataSource dataSource = TestDatabases.h2();
  private final OperatorEditor editor = new OperatorEditor(dataSource);

  @Test
  void prefixesMapKiosksToOperatorsAndAnUnmatchedKioskIsShownAsUnknownFirst() {
    editor.saveOperator(new OperatorEditor.Operator("SEJ", "セブン-イレブン"));
    editor.savePrefix(new OperatorEditor.Prefix("SEJ-", "SEJ"));
    IssuedRows.insert(
        JdbcClient.create(dataSource),
        "r1",
        "SEJ-0001",
        "JUMINHYO",
        1,
        300,
        "2026-12-01T03:00:00Z",
        "PRINTED");
    IssuedRows.insert(
        JdbcClient.create(dataSource),
        "r2",
        "ZZ-0001",
        "JUMINHYO",
        1,
        300,
        "2026-12-01T03:00:00Z",
        "PRINTED");

    assertThat(editor.kiosks())
        .extracting(k -> k.kioskId() + " " + k.operatorNow() + " " + k.issuances())
        .containsExactly("ZZ-0001 UNKNOWN 1", "SEJ-0001 SEJ 1");
    assertThat(settlementMapping().operatorOf("ZZ-0001")).isEqualTo("UNKNOWN");

    editor.saveOperator(new OperatorEditor.Operator("SEJ", "セブンイレブン"));
    editor.savePrefix(new OperatorEditor.Prefix("ZZ-", "SEJ"));
    assertThat(settlementMapping().operatorOf("ZZ-0001")).isEqualTo("SEJ");
    assertThat(editor.operators())
        .extracting(OperatorEditor.Operator::name)
        .containsExactly("セブンイレブン", "不明");
    assertThat(editor.deletePrefix("ZZ-")).isTrue();
    assertThat(settlementMapping().operatorOf("ZZ-0001")).isEqualTo("UNKNOWN");
  }

  @Test
  void aPrefixNeedsAKnownOperatorAndTheContractsCharacters() {
    assertThatThrownBy(() -> editor.savePrefix(new OperatorEditor.Prefix("LAW-", "LAWSON")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> editor.savePrefix(new OperatorEditor.Prefix("A_B", "UNKNOWN")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> editor.saveOperator(new OperatorEditor.Operator("law", "x")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(editor.prefixes()).isEmpty();
  }

  private OperatorMapping settlementMapping() {
    return new SettlementRepository(dataSource).operatorMapping();
  }
}

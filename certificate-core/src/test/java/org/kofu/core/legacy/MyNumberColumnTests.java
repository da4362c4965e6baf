package org.kofu.core.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kofu.core.legacy.madoguchi.MadoguchiReader;
import org.kofu.core.legacy.madoguchi.ResidentRow;
import org.kofu.core.legacy.read.ReadMemo;

/**
 * The 個人番号 column is read only when the reader is asked to (kofu.certificate.my-number-enabled):
 * without it no statement the reader issues names the column and no row carries the number.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MyNumberColumnTests {

  private LegacyDatabase db;

  @BeforeAll
  void setUp() throws Exception {
    db = LegacyDatabase.h2();
  }

  @AfterAll
  void tearDown() throws Exception {
    db.close();
  }

  @Test
  void withoutTheOptionNoStatementNamesTheMyNumberColumn() {
    List<String> statements = new ArrayList<>();
    MadoguchiReader reader = new MadoguchiReader(StatementLog.of(db.dataSource(), statements));
    try (ReadMemo memo = ReadMemo.open()) {
      ResidentRow wife = reader.residentByJuminhyoCode(MadoguchiFixture.code(102)).orElseThrow();
      assertThat(reader.resident(103)).get().extracting(ResidentRow::kojinBango).isNull();
      assertThat(wife.kojinBango()).isNull();
      assertThat(wife.shimei()).isNotBlank();
    }
    ResidentRow husband = reader.resident(103).orElseThrow();
    assertThat(reader.householdMembers(husband.setaiNo()))
        .extracting(ResidentRow::kojinBango)
        .containsOnlyNulls();
    assertThat(husband.kojinBango()).isNull();
    assertThat(statements).hasSize(3).noneMatch(sql -> sql.toLowerCase().contains("kojin_bango"));

    statements.clear();
    MadoguchiReader asked = new MadoguchiReader(StatementLog.of(db.dataSource(), statements), true);
    assertThat(asked.resident(103).orElseThrow().kojinBango()).isEqualTo("123456789018");
    assertThat(statements).singleElement().asString().contains("kojin_bango");
  }
}

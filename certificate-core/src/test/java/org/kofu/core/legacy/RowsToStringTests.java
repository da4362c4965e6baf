package org.kofu.core.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kofu.core.legacy.koseki.KosekiReader;
import org.kofu.core.legacy.madoguchi.MadoguchiReader;

/** A row that reaches a log line or an exception message names its keys, never the person. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RowsToStringTests {

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
  void rowsPrintKeysAndVersionsButNoNamesAddressesDatesOrAmounts() {
    // given every kind of row read for resident 103 and register 10
    // with the 個人番号 read, so that a row printing it would be caught
    MadoguchiReader madoguchi = new MadoguchiReader(db.dataSource(), true);
    KosekiReader koseki = new KosekiReader(db.dataSource());
    List<Object> rows = new ArrayList<>();
    rows.add(madoguchi.resident(103).orElseThrow());
    rows.add(madoguchi.resident(201).orElseThrow());
    rows.add(madoguchi.activeSeal(103).orElseThrow());
    rows.addAll(madoguchi.taxes(103));
    rows.addAll(madoguchi.restrictions(102));
    rows.add(koseki.register(10).orElseThrow());
    rows.addAll(koseki.members(10));
    rows.addAll(koseki.entries(10));
    rows.addAll(koseki.addressHistories(10));

    // when
    String printed = rows.toString();

    // then
    assertThat(rows).hasSizeGreaterThan(20);
    assertThat(printed)
        .doesNotContain(MadoguchiFixture.FAMILY)
        .doesNotContain("太郎", "NGUYEN", "ベトナム", "花子")
        .doesNotContain("函館市", "札幌市", "コーポ")
        .doesNotContain(MadoguchiFixture.code(103), "123456789018")
        .doesNotContain("1970", "DV_SUPPORT", "145800", "出生");
  }
}

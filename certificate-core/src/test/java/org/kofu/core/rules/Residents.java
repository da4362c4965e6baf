package org.kofu.core.rules;

import java.time.LocalDate;
import org.kofu.core.legacy.madoguchi.ResidentRow;

/** Resident rows for rule tests: only what the rules look at varies. */
final class Residents {

  private Residents() {}

  static ResidentRow resident(long atenaNo, LocalDate birthDate, String status, LocalDate moveOut) {
    return new ResidentRow(
        atenaNo,
        "%011d".formatted(atenaNo),
        null,
        10L,
        "函館太郎",
        "ハコダテタロウ",
        null,
        null,
        birthDate,
        "1",
        "世帯主",
        LocalDate.of(2000, 1, 1),
        "北海道函館市五稜郭町1番1号",
        null,
        LocalDate.of(2000, 1, 1),
        null,
        null,
        "北海道函館市五稜郭町1番地",
        "函館太郎",
        null,
        status,
        null,
        moveOut,
        1L);
  }

  static ResidentRow active(long atenaNo) {
    return resident(atenaNo, LocalDate.of(1980, 4, 1), "ACTIVE", null);
  }
}

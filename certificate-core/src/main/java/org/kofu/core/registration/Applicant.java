package org.kofu.core.registration;

import java.time.LocalDate;

/**
 * What a 本籍地利用登録申請 says about the person, as compared with the 戸籍: 氏名, birth date, 本籍 and 筆頭者. The
 * kana reading is not compared: the 戸籍 does not record one. Holds personal data.
 */
public record Applicant(String name, LocalDate birthDate, String honseki, String hittosha) {

  @Override
  public String toString() {
    return "Applicant[...]";
  }
}

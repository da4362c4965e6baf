package org.kofu.demodata.generate;

import java.time.LocalDate;
import org.kofu.demodata.generate.Names.Name;

/** One generated person while their household's rows are written; never leaves the generator. */
final class Member {

  /** The person's place in the household. */
  enum Role {
    HEAD,
    SPOUSE,
    CHILD,
    PARENT,
    LODGER
  }

  long atenaNo;
  Name surname;
  Name given;
  final boolean male;
  final LocalDate birth;
  final Role role;
  String zokugara;
  String kyushi;
  String status = "ACTIVE";
  LocalDate statusDate;
  LocalDate tenshutsuYotei;
  Foreigner foreigner;

  /** 国籍 and 在留 of a foreign resident; {@code tsusho} is their 通称 or null. */
  record Foreigner(
      String kokuseki, String shikaku, String kikan, LocalDate manryo, String tsusho) {}

  Member(Name surname, Name given, boolean male, LocalDate birth, Role role) {
    this.surname = surname;
    this.given = given;
    this.male = male;
    this.birth = birth;
    this.role = role;
  }

  String shimei() {
    return foreigner != null ? surname.kanji() + " " + given.kanji() : fullName();
  }

  String fullName() {
    return surname.kanji() + "　" + given.kanji();
  }

  String kana() {
    return surname.kana() + "　" + given.kana();
  }

  String sex() {
    return male ? "1" : "2";
  }

  int ageOn(LocalDate day) {
    return birth.until(day).getYears();
  }

  boolean isActive() {
    return "ACTIVE".equals(status);
  }
}

package org.kofu.core.readback;

import java.time.LocalDate;
import java.util.List;

/**
 * What a certificate of the person must show, as the existing systems hold it at one moment.
 *
 * @param kojinBango the 個人番号, which no kiosk certificate may show (null when none)
 * @param householder the 氏名 of the head of the person's household
 * @param household the ACTIVE members of the household, the person included: a HOUSEHOLD 住民票's
 *     persons (empty when not read)
 * @param register the person's current 戸籍 (null when none)
 */
public record PersonSnapshot(
    String juminhyoCode,
    String shimei,
    LocalDate birthDate,
    String address,
    String katagaki,
    String kojinBango,
    String householder,
    List<Person> household,
    Register register) {

  public PersonSnapshot {
    household = List.copyOf(household);
  }

  /** A person as a certificate lists them: full name (戸籍: the 名) and birth date. */
  public record Person(String name, LocalDate birthDate) {}

  /**
   * A 戸籍 as its certificates show it.
   *
   * @param hittosha the 筆頭者's 氏名: the register's 氏 with the 筆頭者's 名
   * @param self the person's own entry (名, birth date)
   * @param members every person recorded in it, in register order (empty when not read)
   */
  public record Register(String honseki, String hittosha, Person self, List<Person> members) {
    public Register {
      members = List.copyOf(members);
    }
  }

  /** The person as a resident certificate lists them. */
  public Person self() {
    return new Person(shimei, birthDate);
  }

  /** The 住所 line as printed: the 方書 follows the address. */
  public String printedAddress() {
    return katagaki == null || katagaki.isBlank() ? address : address + " " + katagaki;
  }

  public PersonSnapshot withHousehold(List<Person> members) {
    return new PersonSnapshot(
        juminhyoCode,
        shimei,
        birthDate,
        address,
        katagaki,
        kojinBango,
        householder,
        members,
        register);
  }

  public PersonSnapshot withRegister(Register other) {
    return new PersonSnapshot(
        juminhyoCode,
        shimei,
        birthDate,
        address,
        katagaki,
        kojinBango,
        householder,
        household,
        other);
  }

  public PersonSnapshot withBirthDate(LocalDate other) {
    return new PersonSnapshot(
        juminhyoCode,
        shimei,
        other,
        address,
        katagaki,
        kojinBango,
        householder,
        household,
        register);
  }
}

package org.kofu.demodata.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One generated 戸籍 before it is written: its entries and its persons in register order. */
final class Register {

  /** A 戸籍事項 or 身分事項: kind, date and its 【項目】値 lines. */
  record Entry(String kind, LocalDate date, String detail) {}

  /** A person recorded in the register; {@code resident} is null for those living elsewhere. */
  static final class Person {
    final Member resident;
    final String given;
    final LocalDate birth;
    final boolean male;
    String father;
    String mother;
    String zokugara;
    boolean joseki;
    final List<Entry> entries = new ArrayList<>();

    Person(Member resident, String given, LocalDate birth, boolean male) {
      this.resident = resident;
      this.given = given;
      this.birth = birth;
      this.male = male;
    }

    static Person of(Member m) {
      Person p = new Person(m, m.given.kanji(), m.birth, m.male);
      p.joseki = "DECEASED".equals(m.status);
      return p;
    }
  }

  final String honseki;
  final String surname;
  String hittosha;

  /** The children's other parent when the 筆頭者 is divorced. */
  String exSpouse;

  LocalDate hensei;
  boolean closed;
  final List<Entry> entries = new ArrayList<>();
  final List<Person> persons = new ArrayList<>();

  Register(String honseki, String surname) {
    this.honseki = honseki;
    this.surname = surname;
  }

  String fullName(Person p) {
    return surname + p.given;
  }
}

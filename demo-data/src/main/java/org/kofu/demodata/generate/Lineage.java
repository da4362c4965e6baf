package org.kofu.demodata.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;
import org.kofu.demodata.generate.Register.Person;

/** Marriages, widowhood, divorce and parents: how the persons of a register came to be there. */
final class Lineage {

  private static final String[] ORDER = {"長", "二", "三", "四", "五", "六"};

  private final LocalDate today;

  Lineage(LocalDate today) {
    this.today = today;
  }

  String givenFor(RandomGenerator rng, boolean male, LocalDate birth) {
    return Names.given(rng, male, birth.getYear()).kanji();
  }

  static String firstChild(boolean male, RandomGenerator rng) {
    return childOrder(rng.nextDouble() < 0.7 ? 1 : 2, male);
  }

  static String childOrder(int n, boolean male) {
    return ORDER[Math.min(n, ORDER.length) - 1] + (male ? "男" : "女");
  }

  /** The head marries; the register is made on the day, and the spouse comes from elsewhere. */
  void couple(Register own, Person head, Member spouse, RandomGenerator rng) {
    LocalDate earliest = Residence.later(head.birth.plusYears(20), spouse.birth.plusYears(18));
    LocalDate married = Residence.between(rng, earliest, earliest.plusYears(6));
    married = Residence.earlier(married, today.minusDays(30));
    String maiden = spouse.kyushi != null ? spouse.kyushi : Names.commonSurname(rng).kanji();
    own.hittosha = own.fullName(head);
    own.hensei = married;
    head.entries.add(
        Jiko.marriage(married, maiden + spouse.given.kanji(), own.honseki + "　" + head.father));
    Person partner = Person.of(spouse);
    partner.zokugara = spouse.male ? "夫" : "妻";
    partner.father = maiden + givenFor(rng, true, spouse.birth.minusYears(30));
    partner.mother = maiden + givenFor(rng, false, spouse.birth.minusYears(28));
    partner.entries.add(Jiko.birth(spouse.birth, "北海道札幌市", "父", rng));
    String from = Places.elsewhereHonseki(rng) + "　" + partner.father;
    partner.entries.add(Jiko.marriage(married, own.fullName(head), from));
    own.persons.add(head);
    own.persons.add(partner);
  }

  /** An old woman whose husband, the 筆頭者, has died. */
  void widow(Register own, Person her, RandomGenerator rng) {
    LocalDate hb = her.birth.minusYears(2);
    Person husband = new Person(null, givenFor(rng, true, hb), hb, true);
    husband.zokugara = firstChild(true, rng);
    husband.joseki = true;
    LocalDate married = Residence.between(rng, her.birth.plusYears(20), her.birth.plusYears(28));
    own.hittosha = own.fullName(husband);
    own.hensei = married;
    husband.entries.add(Jiko.birth(hb, Places.CITY, "父", rng));
    String maiden = Names.commonSurname(rng).kanji();
    husband.entries.add(Jiko.marriage(married, maiden + her.given, own.honseki));
    LocalDate died =
        Residence.between(rng, Residence.later(hb.plusYears(60), married), today.minusDays(1));
    husband.entries.add(Jiko.death(died, "妻", rng));
    her.zokugara = "妻";
    her.entries.add(Jiko.marriage(married, own.fullName(husband), Places.elsewhereHonseki(rng)));
    own.persons.add(husband);
    own.persons.add(her);
  }

  /** Someone alone: a register of their own (分籍), or a parent's after their divorce. */
  void alone(Register own, Person head, List<Member> children, RandomGenerator rng) {
    own.hittosha = own.fullName(head);
    own.persons.add(head);
    if (!children.isEmpty()) {
      LocalDate divorced = Residence.between(rng, children.get(0).birth, today.minusDays(30));
      own.exSpouse = Names.commonSurname(rng).kanji() + givenFor(rng, !head.male, head.birth);
      own.hensei = divorced;
      head.entries.add(Jiko.divorce(divorced, own.exSpouse));
      return;
    }
    own.hensei = Residence.between(rng, head.birth.plusYears(20), head.birth.plusYears(30));
    own.hensei = Residence.earlier(own.hensei, today.minusDays(30));
  }

  /** A grown child who married and left the register (除籍), living elsewhere. */
  Person marriedOut(Register own, Person parent, RandomGenerator rng) {
    LocalDate birth = Residence.between(rng, own.hensei.plusYears(1), own.hensei.plusYears(4));
    boolean male = rng.nextBoolean();
    Person p = new Person(null, givenFor(rng, male, birth), birth, male);
    p.joseki = true;
    p.entries.add(Jiko.birth(birth, Places.CITY, "父", rng));
    LocalDate married =
        Residence.earlier(birth.plusYears(24 + rng.nextInt(8)), today.minusDays(10));
    String spouse = Names.commonSurname(rng).kanji() + givenFor(rng, !male, birth);
    p.entries.add(Jiko.marriageOut(married, spouse, Places.elsewhereHonseki(rng), true));
    return p;
  }

  /** The head's parents' register: the head left it on marrying; a parent not here has died. */
  Register parents(
      Household h,
      Person head,
      List<Member> here,
      String father,
      String mother,
      RandomGenerator rng) {
    Register r = new Register(h.honseki, h.head().surname.kanji());
    Member dad = here.stream().filter(m -> m.male).findFirst().orElse(null);
    Member mum = here.stream().filter(m -> !m.male).findFirst().orElse(null);
    Person f =
        dad != null ? Person.of(dad) : deceased(father, true, head.birth.minusYears(30), rng);
    Person m =
        mum != null ? Person.of(mum) : deceased(mother, false, head.birth.minusYears(28), rng);
    f.zokugara = firstChild(true, rng);
    m.zokugara = "妻";
    r.hittosha = r.fullName(f);
    h.parentsHittosha = r.hittosha;
    r.hensei = head.birth.minusYears(1 + rng.nextInt(3));
    Person child = new Person(head.resident, head.given, head.birth, head.male);
    child.father = r.fullName(f);
    child.mother = r.surname + m.given;
    child.zokugara = head.zokugara;
    child.joseki = true;
    child.entries.add(Jiko.birth(head.birth, Places.CITY, "父", rng));
    LocalDate married = head.entries.size() > 1 ? head.entries.get(1).date() : r.hensei;
    Member spouse = h.spouse();
    String spouseName = (spouse.kyushi != null ? spouse.kyushi : r.surname) + spouse.given.kanji();
    child.entries.add(Jiko.marriageOut(married, spouseName, h.honseki, head.male));
    r.persons.addAll(List.of(f, m, child));
    return r;
  }

  private Person deceased(String given, boolean male, LocalDate birth, RandomGenerator rng) {
    Person p = new Person(null, given, birth, male);
    p.joseki = true;
    p.entries.add(Jiko.birth(birth, Places.CITY, "父", rng));
    LocalDate from = Residence.earlier(birth.plusYears(55), today.minusYears(1));
    p.entries.add(Jiko.death(Residence.between(rng, from, today.minusDays(1)), "親族", rng));
    return p;
  }
}

package org.kofu.demodata.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;
import org.kofu.demodata.generate.Member.Role;
import org.kofu.demodata.generate.Register.Person;

/** Makes the 戸籍 of a household whose 本籍 is in 函館市: the head's, and the parents' if here. */
final class RegisterPlanner {

  private final LocalDate today;
  private final Lineage lineage;

  RegisterPlanner(LocalDate today) {
    this.today = today;
    this.lineage = new Lineage(today);
  }

  List<Register> forHousehold(Household h, RandomGenerator rng) {
    Member head = h.head();
    Register own = new Register(h.honseki, head.surname.kanji());
    String father = lineage.givenFor(rng, true, head.birth.minusYears(30));
    String mother = lineage.givenFor(rng, false, head.birth.minusYears(28));
    Person headPerson = Person.of(head);
    headPerson.father = own.surname + father;
    headPerson.mother = own.surname + mother;
    headPerson.zokugara = Lineage.firstChild(head.male, rng);
    headPerson.entries.add(Jiko.birth(head.birth, Places.CITY, "父", rng));
    Member spouse = h.spouse();
    if (spouse != null) {
      lineage.couple(own, headPerson, spouse, rng);
    } else if (!head.male && head.ageOn(today) >= 70 && rng.nextDouble() < 0.5) {
      lineage.widow(own, headPerson, rng);
    } else {
      lineage.alone(own, headPerson, h.withRole(Role.CHILD), rng);
    }
    children(own, h, spouse, rng);
    finish(own, rng);
    List<Register> registers = new ArrayList<>(List.of(own));
    List<Member> parents = h.withRole(Role.PARENT);
    if (!parents.isEmpty()) {
      Register theirs = lineage.parents(h, headPerson, parents, father, mother, rng);
      finish(theirs, rng);
      registers.add(theirs);
    }
    return registers;
  }

  /** A register whose persons all live elsewhere (or lived: some are closed, 除籍). */
  Register elsewhere(RandomGenerator rng) {
    Names.Name surname = Names.surname(rng, 0.04);
    Register r = new Register(Places.hakodateHonseki(rng), surname.kanji());
    int age = 25 + rng.nextInt(70);
    boolean closed = age > 75 && rng.nextDouble() < 0.5;
    LocalDate birth = HouseholdPlanner.birthDate(rng, today, age);
    Person head = new Person(null, lineage.givenFor(rng, true, birth), birth, true);
    head.zokugara = Lineage.firstChild(true, rng);
    head.entries.add(Jiko.birth(birth, Places.CITY, "父", rng));
    r.hittosha = r.fullName(head);
    r.hensei =
        Residence.between(rng, birth.plusYears(20), Residence.earlier(birth.plusYears(35), today));
    r.persons.add(head);
    if (rng.nextDouble() < 0.7) {
      LocalDate wb = birth.plusDays(rng.nextInt(1500) - 750);
      Person wife = new Person(null, lineage.givenFor(rng, false, wb), wb, false);
      wife.zokugara = "妻";
      wife.entries.add(Jiko.birth(wb, "北海道札幌市", "父", rng));
      r.persons.add(wife);
    }
    if (closed) {
      for (Person p : r.persons) {
        p.joseki = true;
        LocalDate from = Residence.earlier(p.birth.plusYears(75), today.minusYears(1));
        LocalDate died = Residence.between(rng, from, today.minusDays(1));
        p.entries.add(Jiko.death(died, "親族", rng));
      }
    }
    finish(r, rng);
    return r;
  }

  private void children(Register own, Household h, Member spouse, RandomGenerator rng) {
    List<Person> kids = new ArrayList<>();
    for (Member m : h.withRole(Role.CHILD)) {
      kids.add(Person.of(m));
    }
    Person first = own.persons.get(0);
    if (spouse != null && first.resident.ageOn(today) >= 50 && rng.nextDouble() < 0.3) {
      kids.add(lineage.marriedOut(own, first, rng));
    }
    kids.sort(Comparator.comparing((Person p) -> p.birth));
    String other = spouse != null ? own.surname + spouse.given.kanji() : own.exSpouse;
    String father = first.male ? own.fullName(first) : other;
    String mother = first.male ? other : own.fullName(first);
    int sons = 0;
    int daughters = 0;
    for (Person k : kids) {
      k.father = k.father == null ? father : k.father;
      k.mother = mother;
      k.zokugara = Lineage.childOrder(k.male ? ++sons : ++daughters, k.male);
      if (k.entries.isEmpty()) {
        k.entries.add(Jiko.birth(k.birth, Places.CITY, "父", rng));
      }
      if (rng.nextDouble() < 0.02 && k.resident != null) {
        k.zokugara = k.male ? "養子" : "養女";
        LocalDate day = Residence.between(rng, k.birth, today);
        k.entries.add(Jiko.adoption(day, father, mother));
      }
      own.persons.add(k);
    }
  }

  /** Death entries, 改製 and 転籍 entries, and the register's status. */
  private void finish(Register r, RandomGenerator rng) {
    for (Person p : r.persons) {
      Member m = p.resident;
      if (m != null && "DECEASED".equals(m.status)) {
        p.entries.add(Jiko.death(m.statusDate, "親族", rng));
      }
    }
    if (rng.nextDouble() < 0.1 && r.hensei.isBefore(today.minusYears(1))) {
      r.hensei = Residence.between(rng, r.hensei, today.minusYears(1));
      r.entries.add(Jiko.tenseki(r.hensei, Places.elsewhereHonseki(rng)));
    } else {
      r.entries.add(Jiko.hensei(r.hensei));
    }
    if (r.hensei.isBefore(Jiko.KAISEI)) {
      r.entries.add(Jiko.kaisei());
    }
    r.closed = r.persons.stream().allMatch(p -> p.joseki);
  }
}

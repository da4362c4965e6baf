package org.kofu.demodata.generate;

import java.time.LocalDate;
import java.util.random.RandomGenerator;
import org.kofu.demodata.generate.Member.Role;
import org.kofu.demodata.generate.Names.Name;

/** Decides who lives in a household: sizes 1–6, 続柄, ages 0–100, Japanese or foreign. */
final class HouseholdPlanner {

  /** Cumulative shares of household sizes 1..6 (函館市 has many single households). */
  private static final double[] SIZE_SHARES = {0.40, 0.70, 0.85, 0.95, 0.99, 1.0};

  private static final double SPECIAL_SURNAME_SHARE = 0.04;
  private static final double FOREIGN_SHARE = 0.012;

  private final LocalDate today;

  HouseholdPlanner(LocalDate today) {
    this.today = today;
  }

  Household plan(RandomGenerator rng, int maxSize) {
    int size = size(rng, maxSize);
    Household h = new Household();
    if (rng.nextDouble() < FOREIGN_SHARE) {
      ForeignResidents.fill(h, rng, today, Math.min(size, 3));
      return h;
    }
    Name surname = Names.surname(rng, SPECIAL_SURNAME_SHARE);
    if (size == 1) {
      boolean male = rng.nextBoolean();
      h.members.add(person(rng, surname, male, 18 + rng.nextInt(83), Role.HEAD));
    } else if (size == 2 && rng.nextDouble() < 0.25) {
      parentAndChild(h, rng, surname);
    } else {
      family(h, rng, surname, size);
    }
    return h;
  }

  private static int size(RandomGenerator rng, int maxSize) {
    double r = rng.nextDouble();
    int size = 1;
    while (r > SIZE_SHARES[size - 1]) {
      size++;
    }
    return Math.min(size, maxSize);
  }

  private void parentAndChild(Household h, RandomGenerator rng, Name surname) {
    boolean motherHead = rng.nextDouble() < 0.8;
    int age = 25 + rng.nextInt(40);
    h.members.add(person(rng, surname, !motherHead, age, Role.HEAD));
    h.members.add(person(rng, surname, rng.nextBoolean(), rng.nextInt(age - 20), Role.CHILD));
  }

  /** A couple, their children, and for larger households the head's parents or a lodger. */
  private void family(Household h, RandomGenerator rng, Name surname, int size) {
    int parents = size >= 4 && rng.nextDouble() < 0.3 ? 1 + rng.nextInt(2) : 0;
    int lodger = size >= 3 && parents == 0 && rng.nextDouble() < 0.03 ? 1 : 0;
    int children = size - 2 - parents - lodger;
    int headAge = children > 0 ? 26 + rng.nextInt(30) : 25 + rng.nextInt(70);
    if (parents > 0) {
      headAge = Math.min(headAge, 60);
    }
    // in a few couples the wife heads the household (and the husband took her surname)
    boolean wifeHeads = rng.nextDouble() < 0.05;
    Member head = person(rng, surname, !wifeHeads, headAge, Role.HEAD);
    h.members.add(head);
    int spouseAge = Math.max(20, Math.min(100, headAge - 3 + rng.nextInt(7)));
    Member spouse = person(rng, surname, wifeHeads, spouseAge, Role.SPOUSE);
    if (rng.nextDouble() < 0.2) {
      spouse.kyushi = Names.commonSurname(rng).kanji();
    }
    h.members.add(spouse);
    int maxChildAge = Math.max(0, Math.min(spouseAge, headAge) - 20);
    int[] ages = rng.ints(children, 0, maxChildAge + 1).sorted().toArray();
    for (int i = ages.length - 1; i >= 0; i--) {
      h.members.add(person(rng, surname, rng.nextBoolean(), ages[i], Role.CHILD));
    }
    for (int i = 0; i < parents; i++) {
      int age = Math.min(100, headAge + 22 + rng.nextInt(12));
      boolean father = parents == 2 ? i == 0 : rng.nextDouble() < 0.3;
      h.members.add(person(rng, surname, father, age, Role.PARENT));
    }
    if (lodger == 1) {
      Name other = Names.commonSurname(rng);
      h.members.add(person(rng, other, rng.nextBoolean(), 18 + rng.nextInt(60), Role.LODGER));
    }
  }

  private Member person(RandomGenerator rng, Name surname, boolean male, int age, Role role) {
    LocalDate birth = birthDate(rng, today, age);
    Member m = new Member(surname, Names.given(rng, male, birth.getYear()), male, birth, role);
    m.zokugara =
        switch (role) {
          case HEAD -> "世帯主";
          case SPOUSE -> male ? "夫" : "妻";
          case CHILD -> "子";
          case PARENT -> male ? "父" : "母";
          case LODGER -> "同居人";
        };
    return m;
  }

  static LocalDate birthDate(RandomGenerator rng, LocalDate today, int age) {
    return today.minusYears(age).minusDays(1 + rng.nextInt(364));
  }
}

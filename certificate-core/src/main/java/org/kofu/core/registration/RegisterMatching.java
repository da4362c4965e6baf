package org.kofu.core.registration;

import java.util.List;
import org.kofu.core.legacy.koseki.KosekiReader;
import org.kofu.core.legacy.koseki.RegisteredPerson;

/**
 * Matches 本籍地利用登録 against the 戸籍: the candidates a clerk chooses from, and whether an approved
 * registration's person still agrees. A person agrees when their 氏名 (the register's 氏 and their 名),
 * birth date, their register's 本籍 and 筆頭者 all equal the application's in {@link NameForms}. Reads
 * the existing system every time, never from a cache.
 */
public final class RegisterMatching {

  private final KosekiReader koseki;

  public RegisterMatching(KosekiReader koseki) {
    this.koseki = koseki;
  }

  /** The persons in force whose data agree with the application, in register order. */
  public List<RegisteredPerson> candidates(Applicant applicant) {
    return koseki.bornOn(applicant.birthDate()).stream()
        .filter(person -> agrees(applicant, person))
        .toList();
  }

  /** How the chosen person of a registration stands now. */
  public Agreement check(Applicant applicant, long kosekiId, int kojinNo) {
    return koseki
        .registeredPerson(kosekiId, kojinNo)
        .map(person -> check(applicant, person))
        .orElse(Agreement.LEFT_REGISTER);
  }

  static Agreement check(Applicant applicant, RegisteredPerson person) {
    if (!person.inRegister()) {
      return Agreement.LEFT_REGISTER;
    }
    return agrees(applicant, person) ? Agreement.AGREES : Agreement.NO_LONGER_AGREES;
  }

  static boolean agrees(Applicant applicant, RegisteredPerson person) {
    return applicant.birthDate().equals(person.member().birthDate())
        && sameName(applicant.name(), person)
        && NameForms.same(applicant.honseki(), person.register().honseki())
        && NameForms.same(applicant.hittosha(), person.register().hittosha());
  }

  /** The register's 氏 (its 筆頭者氏名 less the 筆頭者's 名) and the person's 名, in comparison form. */
  private static boolean sameName(String name, RegisteredPerson person) {
    String hittosha = NameForms.of(person.register().hittosha());
    String head = NameForms.of(person.headShimei());
    if (head.isEmpty() || !hittosha.endsWith(head)) {
      return false;
    }
    String surname = hittosha.substring(0, hittosha.length() - head.length());
    return NameForms.of(name).equals(surname + NameForms.of(person.member().shimei()));
  }
}

package org.kofu.core.readback;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.kofu.wareki.Wareki;

/**
 * The persons a certificate lists, each as a block of printed lines, compared with the persons it
 * must list: exactly those, none missing and none extra, each by name and birth date.
 */
public final class PrintedPersons {

  /** The numbered heading of a person's block on 住民票 and 附票: （1）, NFKC (1). */
  private static final Pattern NUMBERED = Pattern.compile("\\(\\d+\\)");

  /** A person's block on a 戸籍 certificate. */
  private static final String REGISTER_PERSON = "戸籍に記録されている者";

  private PrintedPersons() {}

  /** A printed person: the name line's and the birth date line's values (null when missing). */
  public record Printed(String name, String birthDate) {}

  /** A person's page of a 住民票 in 個人票 form. */
  private static final String PERSONAL_FORM = "個人票";

  /**
   * The blocks of 住民票 and 附票 (headed （n）, or 個人票 on a 住民票's person page), with their 氏名 and 生年月日
   * lines.
   */
  public static List<Printed> numbered(CertificateText text) {
    return blocks(
        text, line -> NUMBERED.matcher(line).matches() || line.equals(PERSONAL_FORM), "氏名", "生年月日");
  }

  /** The blocks of 戸籍 certificates, with their 【名】 and 【生年月日】 lines. */
  public static List<Printed> registered(CertificateText text) {
    return blocks(text, line -> line.startsWith(REGISTER_PERSON), "【名】", "【生年月日】");
  }

  /** The one person of a certificate without blocks (印鑑, 所得・課税): every 氏名 and 生年月日 line. */
  public static List<Printed> unblocked(CertificateText text) {
    List<String> names = text.values("氏名");
    List<String> births = text.values("生年月日");
    if (names.size() != 1 || births.size() > 1) {
      // two names (or birth dates) on a one-person certificate: never the requested one alone
      return List.of(new Printed(null, null), new Printed(null, null));
    }
    return List.of(new Printed(names.get(0), births.isEmpty() ? null : births.get(0)));
  }

  private static List<Printed> blocks(
      CertificateText text,
      java.util.function.Predicate<String> heading,
      String nameLabel,
      String birthLabel) {
    List<Printed> persons = new ArrayList<>();
    List<String> block = null;
    for (String line : text.lines()) {
      if (heading.test(line)) {
        if (block != null) {
          persons.add(printed(block, nameLabel, birthLabel));
        }
        block = new ArrayList<>();
      } else if (block != null) {
        block.add(line);
      }
    }
    if (block != null) {
      persons.add(printed(block, nameLabel, birthLabel));
    }
    return persons;
  }

  private static Printed printed(List<String> block, String nameLabel, String birthLabel) {
    List<String> names = CertificateText.values(block, nameLabel);
    List<String> births = CertificateText.values(block, birthLabel);
    return new Printed(
        names.size() == 1 ? names.get(0) : null, births.size() == 1 ? births.get(0) : null);
  }

  /**
   * Whether {@code printed} are exactly {@code expected}, in any order: each expected person by
   * name and, where {@code withBirthDates}, birth date, matched once.
   */
  public static boolean exactly(
      List<PersonSnapshot.Person> expected, List<Printed> printed, boolean withBirthDates) {
    if (expected.isEmpty() || expected.size() != printed.size()) {
      return false;
    }
    List<Printed> unmatched = new ArrayList<>(printed);
    for (PersonSnapshot.Person person : expected) {
      Printed match =
          unmatched.stream()
              .filter(p -> p.name() != null && CertificateText.same(person.name(), p.name()))
              .filter(p -> !withBirthDates || born(person, p))
              .findFirst()
              .orElse(null);
      if (match == null) {
        return false;
      }
      unmatched.remove(match);
    }
    return true;
  }

  private static boolean born(PersonSnapshot.Person person, Printed printed) {
    return person.birthDate() != null
        && printed.birthDate() != null
        && CertificateText.normal(Wareki.format(person.birthDate())).equals(printed.birthDate());
  }
}

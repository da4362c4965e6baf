package org.kofu.batch.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.certificate.ResidentForm;
import org.kofu.core.certificate.Scope;
import org.kofu.core.certificate.SourceVersions;
import org.kofu.core.certificate.assembly.ShownPersons;
import org.kofu.core.legacy.koseki.KosekiReader;
import org.kofu.core.legacy.madoguchi.MadoguchiReader;
import org.kofu.core.legacy.madoguchi.ResidentRow;
import org.kofu.core.legacy.madoguchi.SealRow;
import org.kofu.core.rules.IssuanceFacts;
import org.kofu.core.rules.IssuanceRules;
import org.kofu.core.rules.ShownPerson;

/**
 * Decides a resident's variants with the same rules a kiosk request meets ({@link IssuanceRules}):
 * ACTIVE, old enough on the run day, no move-out notified, no restriction in force of anyone the
 * certificate prints (支援措置 in either system, {@link ShownPersons}), and the record the type needs
 * (seal, tax row, a current place in a 戸籍 here).
 */
public final class EligibilityPlanner {

  private final MadoguchiReader madoguchi;
  private final KosekiReader koseki;
  private final ShownPersons shownPersons;
  private final IssuanceRules rules;
  private final List<Variant> variants;
  private final ResidentForm form;

  public EligibilityPlanner(
      MadoguchiReader madoguchi, KosekiReader koseki, IssuanceRules rules, List<Variant> variants) {
    this(madoguchi, koseki, rules, variants, ResidentForm.RENKI);
  }

  /**
   * @param form the city's 住民票 form, the one a kiosk request gets when it names none
   */
  public EligibilityPlanner(
      MadoguchiReader madoguchi,
      KosekiReader koseki,
      IssuanceRules rules,
      List<Variant> variants,
      ResidentForm form) {
    this.form = form;
    this.madoguchi = madoguchi;
    this.koseki = koseki;
    this.shownPersons = new ShownPersons(madoguchi, koseki);
    this.rules = rules;
    this.variants = List.copyOf(variants);
  }

  public List<Variant> variants() {
    return variants;
  }

  /** The subject the batch makes of {@code variant} for {@code person}, in the city's form. */
  public CertificateSubject subject(Variant variant, PersonRef person) {
    return variant.subject(person, form);
  }

  public PersonPlan plan(long atenaNo, LocalDate today) {
    return plan(atenaNo, today, v -> true);
  }

  /**
   * The plan for the configured variants {@code only} selects; a person without a resident record
   * is always planned for eviction, whatever the selection.
   */
  public PersonPlan plan(long atenaNo, LocalDate today, Predicate<Variant> only) {
    PersonRef person = new PersonRef.Resident(atenaNo);
    List<CertificateSubject> all =
        variants.stream().filter(only).map(v -> v.subject(person, form)).toList();
    boolean complete = all.size() == variants.size();
    Optional<ResidentRow> found = madoguchi.resident(atenaNo);
    if (found.isEmpty()) {
      return new PersonPlan(
          person,
          List.of(),
          variants.stream().map(v -> v.subject(person, form)).toList(),
          SourceVersions.builder().build(),
          true);
    }
    if (all.isEmpty()) {
      return new PersonPlan(person, List.of(), List.of(), SourceVersions.builder().build(), false);
    }
    ResidentRow requester = found.get();
    SourceVersions.Builder seen =
        SourceVersions.builder().add(ResidentRow.TABLE, requester.rowKey(), requester.version());
    boolean needsHousehold = all.stream().anyMatch(s -> s.options().scope() == Scope.HOUSEHOLD);
    List<ResidentRow> household =
        needsHousehold
            ? madoguchi.householdMembers(requester.setaiNo()).stream()
                .filter(ResidentRow::isActive)
                .toList()
            : List.of(requester);
    // only the records the planned types need: a delta for a tax row reads no seal or 戸籍
    SealRow seal =
        plans(all, CertificateType.INKAN) ? madoguchi.activeSeal(atenaNo).orElse(null) : null;
    boolean register =
        plans(
                all,
                CertificateType.KOSEKI_ZENBU,
                CertificateType.KOSEKI_KOJIN,
                CertificateType.KOSEKI_FUHYO)
            && koseki.currentMembership(atenaNo).isPresent();
    Set<Integer> taxYears =
        all.stream().anyMatch(s -> s.type().family() == CertificateType.Family.TAX)
            ? madoguchi.taxes(atenaNo).stream().map(t -> t.nendo()).collect(Collectors.toSet())
            : Set.of();
    List<CertificateSubject> issuable = new ArrayList<>();
    List<CertificateSubject> dropped = new ArrayList<>();
    for (CertificateSubject subject : all) {
      List<ResidentRow> inScope =
          subject.options().scope() == Scope.HOUSEHOLD ? household : List.of(requester);
      // everyone the variant prints, with their restrictions in both systems, as a kiosk request
      // reads them: a body the relay would refuse is not made (each row read once in the memo)
      List<ShownPerson> shown = shownPersons.read(subject, requester);
      IssuanceFacts facts =
          new IssuanceFacts(subject, requester, inScope, shown, seal, register, taxYears, today);
      (rules.evaluate(facts).issuable() ? issuable : dropped).add(subject);
    }
    return new PersonPlan(person, issuable, dropped, seen.build(), complete);
  }

  private static boolean plans(List<CertificateSubject> subjects, CertificateType... types) {
    Set<CertificateType> wanted = Set.of(types);
    return subjects.stream().anyMatch(s -> wanted.contains(s.type()));
  }
}

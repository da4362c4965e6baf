package org.kofu.batch.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.certificate.Scope;
import org.kofu.core.certificate.SourceVersions;
import org.kofu.core.legacy.koseki.KosekiReader;
import org.kofu.core.legacy.madoguchi.MadoguchiReader;
import org.kofu.core.legacy.madoguchi.ResidentRow;
import org.kofu.core.legacy.madoguchi.RestrictionRow;
import org.kofu.core.legacy.madoguchi.SealRow;
import org.kofu.core.rules.IssuanceFacts;
import org.kofu.core.rules.IssuanceRules;

/**
 * Decides a resident's variants with the same rules a kiosk request meets ({@link IssuanceRules}):
 * ACTIVE, old enough on the run day, no move-out notified, no restriction in force, and the record
 * the type needs (seal, tax row, a current place in a 戸籍 here).
 */
public final class EligibilityPlanner {

  private final MadoguchiReader madoguchi;
  private final KosekiReader koseki;
  private final IssuanceRules rules;
  private final List<Variant> variants;

  public EligibilityPlanner(
      MadoguchiReader madoguchi, KosekiReader koseki, IssuanceRules rules, List<Variant> variants) {
    this.madoguchi = madoguchi;
    this.koseki = koseki;
    this.rules = rules;
    this.variants = List.copyOf(variants);
  }

  public List<Variant> variants() {
    return variants;
  }

  public PersonPlan plan(long atenaNo, LocalDate today) {
    PersonRef person = new PersonRef.Resident(atenaNo);
    List<CertificateSubject> all = variants.stream().map(v -> v.subject(person)).toList();
    Optional<ResidentRow> found = madoguchi.resident(atenaNo);
    if (found.isEmpty()) {
      return new PersonPlan(person, List.of(), all, SourceVersions.builder().build());
    }
    ResidentRow requester = found.get();
    SourceVersions.Builder seen =
        SourceVersions.builder().add(ResidentRow.TABLE, requester.rowKey(), requester.version());
    List<ResidentRow> household =
        madoguchi.householdMembers(requester.setaiNo()).stream()
            .filter(ResidentRow::isActive)
            .toList();
    SealRow seal = madoguchi.activeSeal(atenaNo).orElse(null);
    boolean register = koseki.currentMembership(atenaNo).isPresent();
    Set<Integer> taxYears =
        madoguchi.taxes(atenaNo).stream().map(t -> t.nendo()).collect(Collectors.toSet());
    List<CertificateSubject> issuable = new ArrayList<>();
    List<CertificateSubject> dropped = new ArrayList<>();
    for (CertificateSubject subject : all) {
      List<ResidentRow> inScope =
          subject.options().scope() == Scope.HOUSEHOLD ? household : List.of(requester);
      List<RestrictionRow> restrictions =
          inScope.stream().flatMap(p -> madoguchi.restrictions(p.atenaNo()).stream()).toList();
      IssuanceFacts facts =
          new IssuanceFacts(
              subject, requester, inScope, restrictions, seal, register, taxYears, today);
      (rules.evaluate(facts).issuable() ? issuable : dropped).add(subject);
    }
    return new PersonPlan(person, issuable, dropped, seen.build());
  }
}

package org.kofu.relay.issuance;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.CertificateType.Family;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.certificate.Scope;
import org.kofu.core.certificate.assembly.ShownPersons;
import org.kofu.core.legacy.koseki.KosekiReader;
import org.kofu.core.legacy.madoguchi.MadoguchiReader;
import org.kofu.core.legacy.madoguchi.ResidentRow;
import org.kofu.core.legacy.madoguchi.SealRow;
import org.kofu.core.legacy.madoguchi.TaxRow;
import org.kofu.core.rules.IssuanceFacts;
import org.kofu.core.rules.ShownPerson;
import org.kofu.relay.person.FoundPerson;
import org.springframework.stereotype.Component;

/**
 * Reads, for one request, what the issuance rules look at: fresh from the existing systems, never
 * from the cache, so a restriction or a 印鑑 廃止 committed a moment before is honoured — the
 * restrictions of everyone the certificate prints, in both systems.
 */
@Component
class IssuanceFactsReader {

  private final MadoguchiReader madoguchi;
  private final KosekiReader koseki;
  private final ShownPersons shownPersons;

  IssuanceFactsReader(MadoguchiReader madoguchi, KosekiReader koseki, ShownPersons shownPersons) {
    this.madoguchi = madoguchi;
    this.koseki = koseki;
    this.shownPersons = shownPersons;
  }

  IssuanceFacts read(FoundPerson person, CertificateSubject subject, LocalDate today) {
    // everyone the certificate prints, with their restrictions in both systems: a registrant's
    // request is checked the same way, keyed by their register entry
    List<ShownPerson> shown = shownPersons.read(subject, person.resident());
    if (!person.isResident()) {
      return new IssuanceFacts(
          subject, null, List.of(), shown, null, registerMember(person.ref()), Set.of(), today);
    }
    ResidentRow requester = person.resident();
    Family family = subject.type().family();
    List<ResidentRow> inScope = inScope(requester, subject);
    SealRow seal =
        family == Family.SEAL ? madoguchi.activeSeal(requester.atenaNo()).orElse(null) : null;
    boolean register =
        family == Family.REGISTER && koseki.currentMembership(requester.atenaNo()).isPresent();
    return new IssuanceFacts(
        subject,
        requester,
        inScope,
        shown,
        seal,
        register,
        family == Family.TAX ? taxYears(requester) : Set.of(),
        today);
  }

  /** The 年度 on record, oldest first. */
  List<Integer> fiscalYears(FoundPerson person) {
    if (!person.isResident()) {
      return List.of();
    }
    return madoguchi.taxes(person.resident().atenaNo()).stream().map(TaxRow::nendo).toList();
  }

  private Set<Integer> taxYears(ResidentRow requester) {
    return madoguchi.taxes(requester.atenaNo()).stream()
        .map(TaxRow::nendo)
        .collect(Collectors.toSet());
  }

  private List<ResidentRow> inScope(ResidentRow requester, CertificateSubject subject) {
    boolean household =
        subject.type().family() == Family.RESIDENT && subject.options().scope() == Scope.HOUSEHOLD;
    if (!household) {
      return List.of(requester);
    }
    return madoguchi.householdMembers(requester.setaiNo()).stream()
        .filter(ResidentRow::isActive)
        .toList();
  }

  private boolean registerMember(PersonRef ref) {
    return ref instanceof PersonRef.RegisterMember m
        && koseki.member(m.kosekiId(), m.kojinNo()).filter(r -> !r.joseki()).isPresent();
  }
}

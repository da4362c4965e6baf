package org.kofu.core.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kofu.core.certificate.CertificateOptions;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.legacy.koseki.FuhyoRestrictionRow;
import org.kofu.core.legacy.madoguchi.ResidentRow;
import org.kofu.core.legacy.madoguchi.RestrictionRow;
import org.kofu.core.legacy.madoguchi.SealRow;

/**
 * Builds {@link IssuanceFacts} for rule tests: a request with nothing on record but what is set.
 */
final class Facts {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  private final PersonRef person;
  private final CertificateType type;
  private final ResidentRow requester;
  private CertificateOptions options;
  private List<ResidentRow> inScope;
  private List<RestrictionRow> restrictions = List.of();
  private List<FuhyoRestrictionRow> fuhyo = List.of();
  private final List<ShownPerson> others = new ArrayList<>();
  private SealRow seal;
  private boolean register;
  private Set<Integer> taxYears = Set.of();

  private Facts(PersonRef person, CertificateType type, ResidentRow requester) {
    this.person = person;
    this.type = type;
    this.requester = requester;
    this.inScope = requester == null ? List.of() : List.of(requester);
  }

  /** A resident's request; the requester alone is in scope. */
  static Facts request(CertificateType type, ResidentRow requester) {
    return new Facts(new PersonRef.Resident(requester.atenaNo()), type, requester);
  }

  /** A request by someone with no resident record, reached through 本籍地利用登録. */
  static Facts registrant(PersonRef member, CertificateType type) {
    return new Facts(member, type, null);
  }

  Facts options(CertificateOptions o) {
    this.options = o;
    return this;
  }

  Facts inScope(ResidentRow... persons) {
    this.inScope = List.of(persons);
    return this;
  }

  Facts restrictions(RestrictionRow... rows) {
    this.restrictions = List.of(rows);
    return this;
  }

  /** The requester's 附票 restrictions. */
  Facts fuhyo(FuhyoRestrictionRow... rows) {
    this.fuhyo = List.of(rows);
    return this;
  }

  /** Someone else the certificate prints with an address, with their restrictions. */
  Facts alsoShown(PersonRef other, List<RestrictionRow> issuance, List<FuhyoRestrictionRow> fuhyo) {
    others.add(new ShownPerson(other, ShownPerson.Role.SHOWN_WITH_ADDRESS, issuance, fuhyo));
    return this;
  }

  Facts seal(SealRow row) {
    this.seal = row;
    return this;
  }

  Facts withRegister() {
    this.register = true;
    return this;
  }

  Facts taxYears(Integer... years) {
    this.taxYears = Set.of(years);
    return this;
  }

  private List<ShownPerson> shown() {
    List<ShownPerson> shown = new ArrayList<>();
    shown.add(new ShownPerson(person, ShownPerson.Role.REQUESTER, restrictions, fuhyo));
    shown.addAll(others);
    return shown;
  }

  IssuanceFacts build() {
    return new IssuanceFacts(
        new CertificateSubject(person, type, options),
        requester,
        inScope,
        shown(),
        seal,
        register,
        taxYears,
        TODAY);
  }
}

package org.kofu.relay.person;

import java.util.Optional;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.legacy.madoguchi.MadoguchiReader;
import org.kofu.core.registration.Agreement;
import org.kofu.core.registration.Applicant;
import org.kofu.core.registration.RegisterMatching;
import org.kofu.projectdb.registration.Registration;
import org.kofu.projectdb.registration.RegistrationRepository;
import org.kofu.relay.problem.RelayException;
import org.springframework.stereotype.Component;

/**
 * Finds the person of a request: the resident record by 住民票コード, else, for 戸籍 certificates, the
 * person of an approved 本籍地利用登録 who still agrees with it now. Reads on every request, never from a
 * cache: a person who left the register (除籍, 転籍) or whose data changed is not served even before
 * the delta job has suspended the registration. Suspended, revoked and pending ones serve nothing.
 */
@Component
public class PersonFinder {

  private final MadoguchiReader madoguchi;
  private final RegistrationRepository registrations;
  private final RegisterMatching matching;

  PersonFinder(
      MadoguchiReader madoguchi, RegistrationRepository registrations, RegisterMatching matching) {
    this.madoguchi = madoguchi;
    this.registrations = registrations;
    this.matching = matching;
  }

  /** The person, or 404 PERSON_NOT_FOUND; {@code type} null means "for any type" (the menu). */
  public FoundPerson find(String juminhyoCode, CertificateType type) {
    var resident = madoguchi.residentByJuminhyoCode(juminhyoCode);
    if (resident.isPresent()) {
      return new FoundPerson(new PersonRef.Resident(resident.get().atenaNo()), resident.get());
    }
    boolean registerType = type == null || type.family() == CertificateType.Family.REGISTER;
    Optional<Registration> registration =
        registerType ? registrations.approvedFor(juminhyoCode) : Optional.empty();
    return registration
        .filter(this::stillAgrees)
        .map(r -> new FoundPerson(new PersonRef.RegisterMember(r.kosekiId(), r.kojinNo()), null))
        .orElseThrow(() -> RelayException.of(404, "PERSON_NOT_FOUND", "no record for this person"));
  }

  private boolean stillAgrees(Registration r) {
    Applicant applicant = new Applicant(r.name(), r.birthDate(), r.honseki(), r.hittosha());
    return matching.check(applicant, r.kosekiId(), r.kojinNo()) == Agreement.AGREES;
  }
}

package org.kofu.relay.person;

import java.util.Optional;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.legacy.madoguchi.MadoguchiReader;
import org.kofu.projectdb.registration.Registration;
import org.kofu.projectdb.registration.RegistrationRepository;
import org.kofu.relay.problem.RelayException;
import org.springframework.stereotype.Component;

/**
 * Finds the person of a request: the resident record by 住民票コード, else, for 戸籍 certificates, the 戸籍
 * entry of an approved 本籍地利用登録. Reads on every request, never from a cache.
 */
@Component
public class PersonFinder {

  private final MadoguchiReader madoguchi;
  private final RegistrationRepository registrations;

  PersonFinder(MadoguchiReader madoguchi, RegistrationRepository registrations) {
    this.madoguchi = madoguchi;
    this.registrations = registrations;
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
        .map(r -> new FoundPerson(registerMember(r), null))
        .orElseThrow(() -> RelayException.of(404, "PERSON_NOT_FOUND", "no record for this person"));
  }

  private static PersonRef registerMember(Registration registration) {
    return new PersonRef.RegisterMember(
        Long.parseLong(registration.kosekiId().trim()),
        Integer.parseInt(registration.kojinNo().trim()));
  }
}

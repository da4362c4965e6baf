package org.kofu.relay.person;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A parsed 本籍地利用登録申請. Holds personal data: never log it. */
public record RegistrationApplication(
    String requestId,
    String municipalityCode,
    String juminhyoCode,
    String name,
    String nameKana,
    LocalDate birthDate,
    String honseki,
    String hittosha,
    OffsetDateTime requestedAt) {

  @Override
  public String toString() {
    return "RegistrationApplication[" + requestId + "]";
  }
}

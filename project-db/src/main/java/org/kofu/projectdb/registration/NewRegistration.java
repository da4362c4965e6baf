package org.kofu.projectdb.registration;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An application as the relay receives it, before anyone has looked at it.
 *
 * @param requestId the center's id of the application; null only for rows older than V6_1
 */
public record NewRegistration(
    String requestId,
    String juminhyoCode,
    String name,
    String kana,
    LocalDate birthDate,
    String honseki,
    String hittosha,
    Instant requestedAt) {

  /** Whether {@code other} is the same application (a repeat of the same requestId may be). */
  public boolean sameApplication(Registration other) {
    return juminhyoCode.equals(other.juminhyoCode())
        && name.equals(other.name())
        && kana.equals(other.kana())
        && birthDate.equals(other.birthDate())
        && honseki.equals(other.honseki())
        && hittosha.equals(other.hittosha())
        && requestedAt.equals(other.requestedAt());
  }

  @Override
  public String toString() {
    return "NewRegistration[" + requestId + "]";
  }
}

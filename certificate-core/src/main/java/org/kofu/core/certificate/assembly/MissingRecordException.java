package org.kofu.core.certificate.assembly;

import org.kofu.core.certificate.PersonRef;

/**
 * A record a certificate needs does not exist (no resident record, no ACTIVE seal, no register, no
 * tax row of the 年度). Names the person only by {@link PersonRef#key()}.
 */
public final class MissingRecordException extends RuntimeException {

  /** What was missing. */
  public enum Missing {
    RESIDENT,
    HOUSEHOLD,
    SEAL,
    TAX,
    REGISTER,
    REGISTER_MEMBER
  }

  private final transient PersonRef person;
  private final Missing missing;

  public MissingRecordException(PersonRef person, Missing missing, String detail) {
    super(
        "no "
            + missing.name().toLowerCase(java.util.Locale.ROOT)
            + " record for "
            + person.key()
            + detail);
    this.person = person;
    this.missing = missing;
  }

  public PersonRef person() {
    return person;
  }

  public Missing missing() {
    return missing;
  }
}

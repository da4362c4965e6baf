package org.kofu.core.certificate;

import java.util.Objects;

/** Whom and what a certificate is for: the identity a body is checked against before it leaves. */
public record CertificateSubject(
    PersonRef person, CertificateType type, CertificateOptions options) {

  public CertificateSubject {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(type, "type");
    options = (options == null ? CertificateOptions.defaults() : options).normalizedFor(type);
  }

  /** A stable text form, e.g. {@code A123|JUMINHYO|scope=SELF;...}; holds no personal data. */
  public String key() {
    return person.key() + "|" + type.name() + "|" + options.canonical();
  }

  /**
   * Parses {@link #key()}: the subject a body records for itself is read back from its own bytes.
   *
   * @throws IllegalArgumentException when {@code key} is no subject key
   */
  public static CertificateSubject parse(String key) {
    String[] parts = key.split("\\|", 3);
    if (parts.length != 3) {
      throw new IllegalArgumentException("not a subject key");
    }
    CertificateType type = CertificateType.valueOf(parts[1]);
    CertificateSubject subject =
        new CertificateSubject(PersonRef.parse(parts[0]), type, CertificateOptions.parse(parts[2]));
    if (!subject.key().equals(key)) {
      throw new IllegalArgumentException("not a canonical subject key");
    }
    return subject;
  }
}

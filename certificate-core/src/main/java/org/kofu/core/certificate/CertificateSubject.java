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
}

package org.kofu.core.existing;

import java.util.Objects;
import org.kofu.core.certificate.CertificateSubject;

/**
 * What the project asks the existing system for: the subject (person, type, options) and the
 * person's 住民票コード, which the spec's subject carries beside the 宛名番号 or 戸籍 id.
 *
 * @param juminhyoCode personal data: {@link #toString()} leaves it out
 */
public record BodyRequest(CertificateSubject subject, String juminhyoCode) {

  public BodyRequest {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(juminhyoCode, "juminhyoCode");
  }

  @Override
  public String toString() {
    return "BodyRequest[" + subject.key() + "]";
  }
}

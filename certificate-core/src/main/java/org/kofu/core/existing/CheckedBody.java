package org.kofu.core.existing;

import java.util.Map;
import org.kofu.core.certificate.CertificateSubject;

/**
 * A foreign body that {@link ForeignBodyCheck} passed: it parses, its pages are A4, it embeds its
 * fonts, its stamp areas are where they are due, and its source versions were those of the rows
 * when checked. Only {@link ForeignBodyCheck} makes one.
 *
 * @param plan how {@link ForeignBodyStamper} appends the date and the number
 */
public record CheckedBody(
    CertificateSubject subject, byte[] pdf, Map<String, Long> sourceVersions, StampPlan plan) {

  /** Its pages: one stamp revision each. */
  public int pageCount() {
    return plan.pages().size();
  }

  @Override
  public String toString() {
    return "CheckedBody[" + subject.key() + ", " + pdf.length + " bytes]";
  }
}

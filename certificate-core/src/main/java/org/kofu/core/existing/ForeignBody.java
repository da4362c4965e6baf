package org.kofu.core.existing;

import java.util.List;
import java.util.Map;
import org.kofu.core.certificate.CertificateSubject;

/**
 * A certificate body as the existing system answered it, not yet checked: never serve or cache it
 * before {@link ForeignBodyCheck} passed it.
 *
 * @param subject the subject it was asked for (one body) or the one the answer names (changes)
 * @param pdf the PDF without 証明日 and 発行番号, the areas left blank
 * @param sourceVersions {@code X-Source-Versions}: source row ({@code schema.table:key}) to version
 * @param stampAreas {@code X-Stamp-Areas}
 */
public record ForeignBody(
    CertificateSubject subject,
    byte[] pdf,
    Map<String, Long> sourceVersions,
    List<StampArea> stampAreas) {

  public ForeignBody {
    sourceVersions = Map.copyOf(sourceVersions);
    stampAreas = List.copyOf(stampAreas);
  }

  @Override
  public String toString() {
    return "ForeignBody[" + subject.key() + ", " + pdf.length + " bytes]";
  }
}

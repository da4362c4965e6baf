package org.kofu.core.existing;

import java.util.Map;

/**
 * A certificate the existing system made on demand, with the 証明日 and the 発行番号 the project drew
 * already printed; not yet checked.
 *
 * @param sourceVersions {@code X-Source-Versions}
 */
public record FinishedCertificate(byte[] pdf, Map<String, Long> sourceVersions) {

  public FinishedCertificate {
    sourceVersions = Map.copyOf(sourceVersions);
  }

  @Override
  public String toString() {
    return "FinishedCertificate[" + pdf.length + " bytes]";
  }
}

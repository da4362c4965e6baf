package org.kofu.core.existing;

/**
 * A certificate made on demand that {@link ForeignBodyCheck} passed, with its pages counted while
 * it was parsed for the check. Only {@link ForeignBodyCheck} makes one.
 */
public record CheckedCertificate(byte[] pdf, int pageCount) {

  @Override
  public String toString() {
    return "CheckedCertificate[" + pdf.length + " bytes, " + pageCount + " pages]";
  }
}

package org.kofu.core.render.body;

import java.time.Instant;
import java.util.Objects;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.SourceVersions;

/**
 * A certificate rendered without its issue date and number: what may be cached and stamped at
 * issuance by {@link BodyStamper}. Holds personal data in {@code pdf}: never log it.
 *
 * @param subject whom and what the certificate is for
 * @param sources the rows it was made from, at their versions
 * @param renderedAt when it was rendered
 * @param pageCount its pages
 * @param pdf the PDF, with placeholders; page content streams uncompressed (stored blocks)
 * @param stampSites where the placeholders are
 */
public record RenderedBody(
    CertificateSubject subject,
    SourceVersions sources,
    Instant renderedAt,
    int pageCount,
    byte[] pdf,
    StampSites stampSites) {

  public RenderedBody {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(pdf, "pdf");
    Objects.requireNonNull(stampSites, "stampSites");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RenderedBody b
        && b.subject.equals(subject)
        && b.renderedAt.equals(renderedAt)
        && java.util.Arrays.equals(b.pdf, pdf);
  }

  @Override
  public int hashCode() {
    return subject.hashCode() * 31 + java.util.Arrays.hashCode(pdf);
  }

  @Override
  public String toString() {
    return "RenderedBody[" + subject.key() + ", pages=" + pageCount + ", " + pdf.length + " B]";
  }
}

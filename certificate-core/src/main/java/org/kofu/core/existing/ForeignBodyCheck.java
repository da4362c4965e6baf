package org.kofu.core.existing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.PersonRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a PDF from the existing system before it is cached or served: foreign bytes are never
 * trusted. A refusal is logged and counted ({@code kofu_existing_body_refused_total{kind}}) by its
 * {@link Refusal} and the certificate type only, never by anything the PDF holds.
 */
public final class ForeignBodyCheck {

  private static final Logger LOG = LoggerFactory.getLogger(ForeignBodyCheck.class);
  private static final float A4_SHORT = PDRectangle.A4.getWidth();
  private static final float A4_LONG = PDRectangle.A4.getHeight();
  private static final float A4_TOLERANCE = 3f;

  private final Map<Refusal, Counter> refused = new EnumMap<>(Refusal.class);

  public ForeignBodyCheck(MeterRegistry registry) {
    for (Refusal r : Refusal.values()) {
      refused.put(
          r,
          Counter.builder("kofu.existing.body.refused")
              .description("PDFs from the existing system refused by the check, by kind")
              .tag("kind", r.name())
              .register(registry));
    }
  }

  /**
   * A body made ahead of time, against the subject it must be for and the versions the caller read
   * from the rows now ({@code schema.table:key} to version, at least every row the body names).
   *
   * @throws ForeignBodyRefusedException when any check fails
   */
  public CheckedBody check(
      ForeignBody body, CertificateSubject expected, Map<String, Long> currentVersions) {
    if (!body.subject().equals(expected)) {
      throw refuse(Refusal.WRONG_SUBJECT, expected);
    }
    try (PDDocument doc = parse(body.pdf(), expected)) {
      checkVersions(body.sourceVersions(), expected, currentVersions);
      checkPages(doc, expected);
      checkAreas(doc, body.stampAreas(), expected);
      try {
        StampPlan plan = StampPlanner.plan(doc, body.pdf(), body.stampAreas());
        return new CheckedBody(expected, body.pdf(), body.sourceVersions(), plan);
      } catch (IllegalArgumentException e) {
        throw refuse(Refusal.UNSTAMPABLE, expected);
      }
    } catch (IOException e) {
      throw refuse(Refusal.NOT_PDF, expected);
    }
  }

  /**
   * A certificate made on demand, already dated and numbered: the same checks but the stamp areas.
   *
   * @throws ForeignBodyRefusedException when any check fails
   */
  public CheckedCertificate check(
      FinishedCertificate certificate,
      CertificateSubject expected,
      Map<String, Long> currentVersions) {
    try (PDDocument doc = parse(certificate.pdf(), expected)) {
      checkVersions(certificate.sourceVersions(), expected, currentVersions);
      checkPages(doc, expected);
      return new CheckedCertificate(certificate.pdf(), doc.getNumberOfPages());
    } catch (IOException e) {
      throw refuse(Refusal.NOT_PDF, expected);
    }
  }

  private void checkVersions(
      Map<String, Long> versions, CertificateSubject expected, Map<String, Long> current) {
    if (expected.person() instanceof PersonRef.Resident r
        && !versions.containsKey("madoguchi.jumin:" + r.atenaNo())) {
      throw refuse(Refusal.WRONG_SUBJECT, expected);
    }
    if (expected.person() instanceof PersonRef.RegisterMember m
        && !versions.containsKey("koseki.koseki:" + m.kosekiId())) {
      throw refuse(Refusal.WRONG_SUBJECT, expected);
    }
    boolean same =
        versions.entrySet().stream().allMatch(e -> e.getValue().equals(current.get(e.getKey())));
    if (versions.isEmpty() || !same) {
      throw refuse(Refusal.VERSIONS_DIFFER, expected);
    }
  }

  private PDDocument parse(byte[] pdf, CertificateSubject expected) {
    PDDocument doc;
    try {
      doc = Loader.loadPDF(pdf);
    } catch (IOException | RuntimeException e) {
      throw refuse(Refusal.NOT_PDF, expected);
    }
    if (doc.isEncrypted() || doc.getNumberOfPages() == 0) {
      close(doc);
      throw refuse(Refusal.NOT_PDF, expected);
    }
    return doc;
  }

  private void checkPages(PDDocument doc, CertificateSubject expected) throws IOException {
    boolean anyFont = false;
    for (PDPage page : doc.getPages()) {
      PDRectangle box = page.getMediaBox();
      float w = Math.min(box.getWidth(), box.getHeight());
      float h = Math.max(box.getWidth(), box.getHeight());
      if (Math.abs(w - A4_SHORT) > A4_TOLERANCE || Math.abs(h - A4_LONG) > A4_TOLERANCE) {
        throw refuse(Refusal.PAGE_NOT_A4, expected);
      }
      int fonts = fonts(page.getResources(), 0);
      if (fonts < 0) {
        throw refuse(Refusal.NO_EMBEDDED_FONT, expected);
      }
      anyFont |= fonts > 0;
    }
    if (!anyFont) {
      throw refuse(Refusal.NO_EMBEDDED_FONT, expected);
    }
  }

  /** How many fonts the resources use (forms included), or -1 when one is not embedded. */
  private static int fonts(PDResources resources, int depth) throws IOException {
    if (resources == null || depth > 4) {
      return 0;
    }
    int count = 0;
    for (var name : resources.getFontNames()) {
      PDFont font = resources.getFont(name);
      if (font == null || !font.isEmbedded()) {
        return -1;
      }
      count++;
    }
    for (var name : resources.getXObjectNames()) {
      PDXObject x = resources.getXObject(name);
      if (x instanceof PDFormXObject form) {
        int inner = fonts(form.getResources(), depth + 1);
        if (inner < 0) {
          return -1;
        }
        count += inner;
      }
    }
    return count;
  }

  private void checkAreas(PDDocument doc, List<StampArea> areas, CertificateSubject expected) {
    int pages = doc.getNumberOfPages();
    boolean[] numbered = new boolean[pages];
    boolean dated = false;
    for (StampArea a : areas) {
      if (a.page() < 1 || a.page() > pages || !onPage(a, doc.getPage(a.page() - 1))) {
        throw refuse(Refusal.STAMP_AREA_MISSING, expected);
      }
      numbered[a.page() - 1] |= a.field() == StampArea.Field.CERTIFICATE_NUMBER;
      dated |= a.field() == StampArea.Field.ISSUE_DATE;
    }
    for (boolean n : numbered) {
      dated &= n;
    }
    if (!dated) {
      throw refuse(Refusal.STAMP_AREA_MISSING, expected);
    }
  }

  private static boolean onPage(StampArea a, PDPage page) {
    PDRectangle box = page.getMediaBox();
    return a.width() > 0
        && a.height() > 0
        && a.x() >= box.getLowerLeftX()
        && a.y() >= box.getLowerLeftY()
        && a.x() + a.width() <= box.getUpperRightX()
        && a.y() + a.height() <= box.getUpperRightY();
  }

  private ForeignBodyRefusedException refuse(Refusal kind, CertificateSubject expected) {
    refused.get(kind).increment();
    LOG.warn("existing system's {} refused: {}", expected.type(), kind);
    return new ForeignBodyRefusedException(kind);
  }

  private static void close(PDDocument doc) {
    try {
      doc.close();
    } catch (IOException e) {
      LOG.debug("closing a refused document failed", e);
    }
  }
}

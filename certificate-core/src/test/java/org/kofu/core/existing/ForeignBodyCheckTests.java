package org.kofu.core.existing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.kofu.core.certificate.CertificateOptions;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;

class ForeignBodyCheckTests {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final ForeignBodyCheck check = new ForeignBodyCheck(registry);

  @Test
  void aWellFormedBodyPasses() throws Exception {
    ForeignBody body = ForeignPdfs.body(2, PDRectangle.A4, true, true);

    CheckedBody checked = check.check(body, ForeignPdfs.SUBJECT, ForeignPdfs.VERSIONS);

    assertThat(checked.plan().pages()).hasSize(2);
    assertThat(registry.get("kofu.existing.body.refused").counters()).allMatch(c -> c.count() == 0);
  }

  @Test
  void aFinishedCertificateThatPassesIsHandedBackWithItsPagesCounted() throws Exception {
    byte[] pdf = ForeignPdfs.body(3, PDRectangle.A4, true, true).pdf();

    CheckedCertificate checked =
        check.check(
            new FinishedCertificate(pdf, ForeignPdfs.VERSIONS),
            ForeignPdfs.SUBJECT,
            ForeignPdfs.VERSIONS);

    assertThat(checked.pdf()).isSameAs(pdf);
    assertThat(checked.pageCount()).isEqualTo(3);
  }

  @Test
  void aFinishedCertificateOlderThanTheRowsIsRefused() throws Exception {
    byte[] pdf = ForeignPdfs.body(1, PDRectangle.A4, true, true).pdf();
    Map<String, Long> now = new HashMap<>(ForeignPdfs.VERSIONS);
    now.put("madoguchi.setai:55", 3L);

    assertThatThrownBy(
            () ->
                check.check(
                    new FinishedCertificate(pdf, ForeignPdfs.VERSIONS), ForeignPdfs.SUBJECT, now))
        .isInstanceOfSatisfying(
            ForeignBodyRefusedException.class,
            e -> assertThat(e.refusal()).isEqualTo(Refusal.VERSIONS_DIFFER));
  }

  @Test
  void bytesThatAreNoPdfAreRefusedAndCountedByKind() throws Exception {
    ForeignBody good = ForeignPdfs.body(1, PDRectangle.A4, true, true);
    ForeignBody garbage =
        new ForeignBody(
            good.subject(),
            "<html>error</html>".getBytes(StandardCharsets.US_ASCII),
            good.sourceVersions(),
            good.stampAreas());

    assertRefused(garbage, ForeignPdfs.VERSIONS, Refusal.NOT_PDF);
    assertThat(registry.get("kofu.existing.body.refused").tag("kind", "NOT_PDF").counter().count())
        .isEqualTo(1);
  }

  @Test
  void aLetterPageIsRefused() throws Exception {
    assertRefused(
        ForeignPdfs.body(1, PDRectangle.LETTER, true, true),
        ForeignPdfs.VERSIONS,
        Refusal.PAGE_NOT_A4);
  }

  @Test
  void aFontNotEmbeddedIsRefused() throws Exception {
    assertRefused(
        ForeignPdfs.body(1, PDRectangle.A4, false, true),
        ForeignPdfs.VERSIONS,
        Refusal.NO_EMBEDDED_FONT);
  }

  @Test
  void aPageWithoutItsNumberAreaIsRefused() throws Exception {
    ForeignBody body = ForeignPdfs.body(2, PDRectangle.A4, true, true);
    List<StampArea> onlyFirst =
        body.stampAreas().stream()
            .filter(a -> a.page() == 1 || a.field() == StampArea.Field.ISSUE_DATE)
            .toList();

    assertRefused(
        new ForeignBody(body.subject(), body.pdf(), body.sourceVersions(), onlyFirst),
        ForeignPdfs.VERSIONS,
        Refusal.STAMP_AREA_MISSING);
  }

  @Test
  void aBodyWithoutAnIssueDateAreaIsRefused() throws Exception {
    ForeignBody body = ForeignPdfs.body(1, PDRectangle.A4, true, true);
    List<StampArea> noDate =
        body.stampAreas().stream()
            .filter(a -> a.field() == StampArea.Field.CERTIFICATE_NUMBER)
            .toList();

    assertRefused(
        new ForeignBody(body.subject(), body.pdf(), body.sourceVersions(), noDate),
        ForeignPdfs.VERSIONS,
        Refusal.STAMP_AREA_MISSING);
  }

  @Test
  void aBodyOlderThanTheRowsIsRefused() throws Exception {
    Map<String, Long> now = new HashMap<>(ForeignPdfs.VERSIONS);
    now.put("madoguchi.setai:55", 3L);

    assertRefused(ForeignPdfs.body(1, PDRectangle.A4, true, true), now, Refusal.VERSIONS_DIFFER);
  }

  @Test
  void anotherPersonsBodyIsRefused() throws Exception {
    ForeignBody body = ForeignPdfs.body(1, PDRectangle.A4, true, true);
    CertificateSubject someoneElse =
        new CertificateSubject(
            new PersonRef.Resident(124), CertificateType.JUMINHYO, CertificateOptions.defaults());
    ForeignBody claimed =
        new ForeignBody(someoneElse, body.pdf(), body.sourceVersions(), body.stampAreas());

    assertThatThrownBy(() -> check.check(claimed, someoneElse, ForeignPdfs.VERSIONS))
        .isInstanceOfSatisfying(
            ForeignBodyRefusedException.class,
            e -> assertThat(e.refusal()).isEqualTo(Refusal.WRONG_SUBJECT));
  }

  private void assertRefused(ForeignBody body, Map<String, Long> now, Refusal kind) {
    assertThatThrownBy(() -> check.check(body, ForeignPdfs.SUBJECT, now))
        .isInstanceOfSatisfying(
            ForeignBodyRefusedException.class, e -> assertThat(e.refusal()).isEqualTo(kind));
  }
}

package org.kofu.core.existing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;

class FinishedFormTests {

  private static final CertificateSubject SUBJECT =
      new CertificateSubject(new PersonRef.Resident(123), CertificateType.INKAN, null);
  private static final byte[] PDF = "%PDF-1.7 finished".getBytes(StandardCharsets.US_ASCII);

  @Test
  void theSubjectAndThePdfComeBackAsKept() {
    byte[] kept = FinishedForm.encode(SUBJECT, PDF);

    FinishedForm.Finished back = FinishedForm.decode(kept);

    assertThat(FinishedForm.isFinished(kept)).isTrue();
    assertThat(back.subject()).isEqualTo(SUBJECT);
    assertThat(back.pdf()).isEqualTo(PDF);
  }

  @Test
  void aRenderedOrForeignBodysFormIsNotFinishedAndTruncatedBytesAreRefused() {
    assertThat(FinishedForm.isFinished(new byte[] {4, 0, 0})).isFalse();
    assertThat(FinishedForm.isFinished(new byte[] {0x46, 1, 0})).isFalse();
    byte[] kept = FinishedForm.encode(SUBJECT, PDF);
    byte[] truncated = Arrays.copyOf(kept, kept.length - 3);
    assertThatThrownBy(() -> FinishedForm.decode(truncated))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FinishedForm.decode(new byte[] {4, 0, 0}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

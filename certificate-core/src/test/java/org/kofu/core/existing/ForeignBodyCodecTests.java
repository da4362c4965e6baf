package org.kofu.core.existing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.LocalDate;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ForeignBodyCodecTests {

  private static final String NUMBER = "012025-261204-000123";
  private static final LocalDate DATE = LocalDate.of(2026, 12, 4);

  private final ForeignBodyCheck check = new ForeignBodyCheck(new SimpleMeterRegistry());
  private final ForeignBodyStamper stamper = new ForeignBodyStamper();

  @ParameterizedTest(name = "object streams: {0}")
  @ValueSource(booleans = {true, false})
  void aDecodedBodyStampsByteForByteAsTheCheckedOne(boolean compressed) throws Exception {
    CheckedBody checked = checked(3, compressed);

    byte[] encoded = ForeignBodyCodec.encode(checked);
    CheckedBody decoded = ForeignBodyCodec.decode(encoded);

    assertThat(ForeignBodyCodec.isForeign(encoded)).isTrue();
    assertThat(decoded.subject()).isEqualTo(ForeignPdfs.SUBJECT);
    assertThat(decoded.sourceVersions()).isEqualTo(ForeignPdfs.VERSIONS);
    assertThat(decoded.pdf()).isEqualTo(checked.pdf());
    assertThat(decoded.plan().pages()).hasSameSizeAs(checked.plan().pages());
    assertThat(stamper.stamp(decoded, DATE, NUMBER))
        .isEqualTo(stamper.stamp(checked, DATE, NUMBER));
  }

  @Test
  void aRenderedBodysBytesAreNotForeign() {
    assertThat(ForeignBodyCodec.isForeign(new byte[] {4, 0, 1})).isFalse();
    assertThat(ForeignBodyCodec.isForeign(new byte[0])).isFalse();
    assertThatThrownBy(() -> ForeignBodyCodec.decode(new byte[] {4, 0, 1}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void truncatedOrAlteredBytesAreRefusedAsAMiss() throws Exception {
    byte[] encoded = ForeignBodyCodec.encode(checked(1, true));

    for (int cut : new int[] {2, 10, encoded.length / 2, encoded.length - 1}) {
      byte[] truncated = Arrays.copyOf(encoded, cut);
      assertThatThrownBy(() -> ForeignBodyCodec.decode(truncated))
          .isInstanceOf(IllegalArgumentException.class);
    }
    byte[] otherFormat = encoded.clone();
    otherFormat[1] = 99;
    assertThatThrownBy(() -> ForeignBodyCodec.decode(otherFormat))
        .isInstanceOf(IllegalArgumentException.class);
    byte[] longer = Arrays.copyOf(encoded, encoded.length + 1);
    assertThatThrownBy(() -> ForeignBodyCodec.decode(longer))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private CheckedBody checked(int pages, boolean compressed) throws Exception {
    return check.check(
        ForeignPdfs.body(pages, PDRectangle.A4, true, compressed),
        ForeignPdfs.SUBJECT,
        ForeignPdfs.VERSIONS);
  }
}

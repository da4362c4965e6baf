package org.kofu.core.render.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.Scope;
import org.kofu.core.render.Fixtures;
import org.kofu.core.render.Rendering;

class RenderedBodyCodecTests {

  /** All seven types, one of several pages. */
  static final Map<String, CertificateContent> CONTENTS = new LinkedHashMap<>();

  static {
    CONTENTS.put(
        "juminhyo",
        Fixtures.residents(
            CertificateType.JUMINHYO, Fixtures.juminhyo(Scope.HOUSEHOLD, true, true, false)));
    CONTENTS.put(
        "kisai",
        Fixtures.residents(
            CertificateType.JUMINHYO_KISAI, Fixtures.juminhyo(Scope.SELF, false, false, false)));
    CONTENTS.put("inkan", Fixtures.seal());
    CONTENTS.put("zenbu, 3+ pages", Fixtures.register(CertificateType.KOSEKI_ZENBU, 30));
    CONTENTS.put("kojin", Fixtures.register(CertificateType.KOSEKI_KOJIN, 0));
    CONTENTS.put("fuhyo", Fixtures.fuhyo(Scope.SELF));
    CONTENTS.put("tax", Fixtures.tax());
  }

  private final BodyStamper stamper = new BodyStamper();

  @Test
  void aValueOfFormat4DecodesToThePdfServedByteForByteAsBefore() {
    CONTENTS.forEach(
        (name, content) -> {
          RenderedBody served = Rendering.DEFAULT.render(content);
          RenderedBody cached = Rendering.DEFAULT.renderForCache(content);

          RenderedBody decoded = decode(cached, asFormat4(RenderedBodyCodec.encode(cached)));

          // two renderings differ in OpenPDF's creation date, document id and subset tags
          assertThat(masked(decoded.pdf())).as(name).isEqualTo(masked(served.pdf()));
          assertThat(decoded.pdf()).as(name).hasSameSizeAs(served.pdf());
          assertThat(masked(stamper.stamp(decoded, Fixtures.DAY, Rendering.NUMBER)))
              .as(name)
              .isEqualTo(masked(stamper.stamp(served, Fixtures.DAY, Rendering.NUMBER)));
          // a kept issuance of format 4 rebuilds to the bytes first served
          RenderedBody servedAsFormat4 =
              decode(served, asFormat4(RenderedBodyCodec.encode(served)));
          assertThat(servedAsFormat4).as(name).isEqualTo(served);
        });
  }

  @Test
  void format5ServesTheSameCertificateWithTheGlyphOutlinesStored() {
    CONTENTS.forEach(
        (name, content) -> {
          RenderedBody served = Rendering.DEFAULT.render(content);
          RenderedBody cached = Rendering.DEFAULT.renderForCache(content);

          byte[] encoded = RenderedBodyCodec.encode(cached);
          RenderedBody decoded = decode(cached, encoded);

          assertThat(encoded[0]).isEqualTo((byte) 5);
          assertThat(Rendering.pages(stamper.stamp(decoded, Fixtures.DAY, Rendering.NUMBER)))
              .as(name)
              .isEqualTo(Rendering.pages(stamper.stamp(served, Fixtures.DAY, Rendering.NUMBER)));
          // the outlines stored cost bytes, not many: a fifth of them at the fastest level
          assertThat(decoded.pdf().length)
              .as(name)
              .isGreaterThan(served.pdf().length)
              .isLessThan(served.pdf().length * 2);
          // the relay's on-demand body (rendered as served) and the cached one serve the same
          // bytes, and a repeat's rebuild from either kept form gives them again
          RenderedBody onDemand = roundTrip(served);
          assertThat(masked(onDemand.pdf())).as(name).isEqualTo(masked(decoded.pdf()));
          assertThat(roundTrip(onDemand)).as(name).isEqualTo(onDemand);
          assertThat(decode(cached, encoded)).as(name).isEqualTo(decoded);
        });
  }

  @Test
  void theCachedFormStoresEveryStreamAndIsItselfAValidStampablePdf() {
    RenderedBody served = Rendering.DEFAULT.render(Fixtures.tax());
    RenderedBody cached = Rendering.DEFAULT.renderForCache(Fixtures.tax());

    byte[] encoded = RenderedBodyCodec.encode(cached);

    assertThat(StreamCompression.store(cached)).as("nothing left to inflate").isSameAs(cached);
    assertThat(encoded.length).isGreaterThan(served.pdf().length + 30_000);
    assertThat(Rendering.text(stamper.stamp(cached, Fixtures.DAY, Rendering.NUMBER)))
        .isEqualTo(Rendering.text(stamper.stamp(served, Fixtures.DAY, Rendering.NUMBER)))
        .contains(Rendering.NUMBER);
  }

  @Test
  void aStoredStreamWhoseBytesWereAlteredIsRefusedNotServed() {
    RenderedBody cached = Rendering.DEFAULT.renderForCache(Fixtures.seal());
    byte[] encoded = RenderedBodyCodec.encode(cached);
    // a byte in the middle of the font program, the largest stream
    int fontProgram = indexOf(encoded, "/Length1 ") + 30_000;
    encoded[fontProgram] ^= 0x20;

    assertThatThrownBy(() -> decode(cached, encoded))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Adler-32");
  }

  @Test
  void aStreamWhoseLengthDoesNotEndItIsRefused() {
    RenderedBody cached = Rendering.DEFAULT.renderForCache(Fixtures.seal());
    byte[] encoded = RenderedBodyCodec.encode(cached);
    String text = new String(encoded, StandardCharsets.ISO_8859_1);
    Matcher length = Pattern.compile("/Length1 \\d+/Filter/FlateDecode/Length (\\d)").matcher(text);
    assertThat(length.find()).isTrue();
    encoded[length.start(1)] = (byte) (encoded[length.start(1)] == '9' ? '8' : '9');

    assertThatThrownBy(() -> decode(cached, encoded))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("/Length");
  }

  @Test
  void aValueWhoseStampSitesAreNotOnItsPagesIsRefused() {
    RenderedBody seal = Rendering.DEFAULT.renderForCache(Fixtures.seal());
    RenderedBody zenbu =
        Rendering.DEFAULT.renderForCache(Fixtures.register(CertificateType.KOSEKI_ZENBU, 30));
    RenderedBody mixed =
        new RenderedBody(
            seal.subject(),
            seal.sources(),
            seal.renderedAt(),
            seal.pageCount(),
            seal.pdf(),
            zenbu.stampSites());

    assertThatThrownBy(() -> roundTrip(mixed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stamp site");
  }

  @Test
  void truncatedForeignOrEarlierFormatBytesAreRefused() {
    RenderedBody body = Rendering.DEFAULT.renderForCache(Fixtures.seal());
    byte[] encoded = RenderedBodyCodec.encode(body);
    byte[] truncated = Arrays.copyOf(encoded, encoded.length / 2);
    byte[] foreign = "%PDF-1.4".getBytes(StandardCharsets.US_ASCII);
    byte[] earlierFormat = encoded.clone();
    earlierFormat[0] = 2;
    byte[] withoutSubject = encoded.clone();
    withoutSubject[0] = 3;

    for (byte[] bytes : new byte[][] {truncated, foreign, earlierFormat, withoutSubject}) {
      assertThatThrownBy(() -> decode(body, bytes)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void aValueCountingMoreThanItHoldsIsRefusedWithoutAllocatingIt() {
    RenderedBody body = Rendering.DEFAULT.renderForCache(Fixtures.seal());
    byte[] encoded = RenderedBodyCodec.encode(body);
    int glyphIdsCount = 1 + 2 + ((encoded[1] & 0xFF) << 8 | encoded[2] & 0xFF) + 4;
    for (int count : new int[] {Integer.MAX_VALUE, -1}) {
      byte[] corrupt = encoded.clone();
      corrupt[glyphIdsCount] = (byte) (count >>> 24);
      corrupt[glyphIdsCount + 1] = (byte) (count >>> 16);
      corrupt[glyphIdsCount + 2] = (byte) (count >>> 8);
      corrupt[glyphIdsCount + 3] = (byte) count;

      assertThatThrownBy(() -> decode(body, corrupt))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("truncated");
    }
  }

  @Test
  void theSubjectIsTheOneRecordedInTheBytesWhateverTheCallerExpects() {
    RenderedBody seal = Rendering.DEFAULT.renderForCache(Fixtures.seal());
    CertificateContent household =
        Fixtures.residents(
            CertificateType.JUMINHYO, Fixtures.juminhyo(Scope.HOUSEHOLD, true, true, false));
    RenderedBody juminhyo = Rendering.DEFAULT.renderForCache(household);

    assertThat(roundTrip(seal).subject()).isEqualTo(seal.subject());
    assertThat(roundTrip(juminhyo).subject())
        .isEqualTo(household.subject())
        .isNotEqualTo(seal.subject());
  }

  /** The same value marked as format 4: served with every shared stream deflated whole. */
  private static byte[] asFormat4(byte[] encoded) {
    byte[] format4 = encoded.clone();
    format4[0] = 4;
    return format4;
  }

  private static RenderedBody roundTrip(RenderedBody body) {
    return decode(body, RenderedBodyCodec.encode(body));
  }

  private static RenderedBody decode(RenderedBody body, byte[] encoded) {
    return RenderedBodyCodec.decode(body.sources(), body.renderedAt(), encoded);
  }

  /** The PDF with OpenPDF's creation date, document id and font subset tags blanked. */
  private static String masked(byte[] pdf) {
    return new String(pdf, StandardCharsets.ISO_8859_1)
        .replaceAll("/[A-Z]{6}\\+Kofu", "/------+Kofu")
        .replaceAll("/CreationDate\\(D:\\d+Z\\)", "/CreationDate(D:--------------Z)")
        .replaceAll("/ID \\[<\\p{XDigit}+><\\p{XDigit}+>]", "/ID [<--><-->]");
  }

  private static int indexOf(byte[] bytes, String text) {
    return new String(bytes, StandardCharsets.ISO_8859_1).indexOf(text);
  }
}

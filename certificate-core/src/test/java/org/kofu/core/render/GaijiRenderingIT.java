package org.kofu.core.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.Scope;
import org.kofu.core.legacy.koseki.RegisterMemberRow;
import org.kofu.core.legacy.madoguchi.ResidentRow;
import org.kofu.core.render.font.FontCatalog;
import org.kofu.core.render.font.GlyphCoverage;
import org.kofu.core.render.font.MjFont;
import org.kofu.core.render.font.UndrawableCharacterException;

/**
 * A 住民票 and a 戸籍 full of MJ characters beyond JIS X 0213 read back with PDFBox and pdftotext; the
 * variation sequences of each kind IPAmj明朝's format-14 cmap carries print; a sequence of another
 * collection that IPAmj lacks is refused, never printed as its base.
 */
class GaijiRenderingIT {

  private static final MjFont MJ = MjFont.shared();

  /** What the texts print as in the text layer, normalised as {@link Rendering#normalize} does. */
  private static List<String> expected(CertificateContent content) {
    List<String> texts = new ArrayList<>();
    if (content instanceof CertificateContent.Residents r) {
      for (ResidentRow p : r.persons()) {
        texts.add(p.shimei());
      }
      texts.add(GaijiFixtures.ADDRESS);
      texts.add(GaijiFixtures.HONSEKI);
    } else if (content instanceof CertificateContent.Register r) {
      texts.add(r.register().honseki());
      texts.add(r.register().hittosha());
      for (RegisterMemberRow m : r.members()) {
        texts.add(m.shimei());
      }
    }
    // surname and given name apart: pdftotext may read a line's other text in between
    return texts.stream()
        .flatMap(t -> java.util.Arrays.stream(t.split("　")))
        .map(Rendering::normalize)
        .toList();
  }

  @Test
  void aJuminhyoAndAKosekiFullOfGaijiReadBackWithPdfbox() {
    for (CertificateContent c : List.of(GaijiFixtures.juminhyo(), GaijiFixtures.koseki())) {
      String text = Rendering.text(Rendering.issued(c));
      assertThat(text).contains(expected(c));
    }
  }

  @Test
  void aJuminhyoAndAKosekiFullOfGaijiReadBackWithPdftotext(@TempDir Path dir) throws Exception {
    assumeThat(Path.of("/usr/bin/pdftotext")).exists();
    for (CertificateContent c : List.of(GaijiFixtures.juminhyo(), GaijiFixtures.koseki())) {
      String flat = pdftotext(dir, Rendering.issued(c));
      for (String e : expected(c)) {
        assertThat(flat).contains(e);
      }
    }
  }

  /**
   * IPAmj carries two kinds of sequence in its format-14 cmap (FontBox skips that subtable; {@code
   * VariationSequences} reads it): Moji_Joho ideographic variation sequences (selectors U+E0100 on,
   * 11,385 of them) and the standardized variation sequences of the CJK compatibility ideographs
   * (U+FE00 and U+FE01, 89). One sequence of every selector prints and reads back as its base.
   */
  @Test
  void oneSequenceOfEverySelectorIpamjCarriesPrintsAndReadsBack(@TempDir Path dir)
      throws Exception {
    TreeMap<Integer, Long> firstOfSelector = new TreeMap<>();
    MJ.sequences().keySet().stream()
        .sorted()
        .forEach(k -> firstOfSelector.putIfAbsent((int) (k & 0xFFFFFFFFL), k));
    assertThat(MJ.sequences()).hasSize(11_474);
    assertThat(firstOfSelector.keySet())
        .allMatch(s -> s == 0xFE00 || s == 0xFE01 || (s >= 0xE0100 && s <= 0xE01EF))
        .contains(0xFE00, 0xFE01, 0xE0100);
    StringBuilder name = new StringBuilder();
    for (long k : firstOfSelector.values()) {
      name.appendCodePoint((int) (k >>> 32)).appendCodePoint((int) (k & 0xFFFFFFFFL));
    }
    List<String> lines = new ArrayList<>();
    for (int at = 0; at < name.length(); ) {
      int end = name.offsetByCodePoints(at, Math.min(16, name.codePointCount(at, name.length())));
      lines.add(name.substring(at, end));
      at = end;
    }
    String address = "北海道函館市" + String.join("", lines.subList(1, lines.size())) + "1番地";
    ResidentRow r = Fixtures.resident(7, lines.get(0), "テスト", "世帯主", address, "北海道函館市元町1番地");
    var content =
        new CertificateContent.Residents(
            Fixtures.subject(
                r, CertificateType.JUMINHYO, Fixtures.juminhyo(Scope.SELF, false, false, false)),
            List.of(r),
            r,
            Fixtures.versions(List.of(r)));
    byte[] pdf = Rendering.issued(content);
    // the selectors never come back: the text layer gives each variant glyph its base
    List<String> expected =
        List.of(Rendering.normalize(lines.get(0)), Rendering.normalize(address));
    assertThat(Rendering.text(pdf)).contains(expected);
    assumeThat(Path.of("/usr/bin/pdftotext")).exists();
    String flat = pdftotext(dir, pdf);
    for (String e : expected) {
      assertThat(flat).contains(e);
    }
  }

  /**
   * 葛 U+845B with U+E0100 is an Adobe-Japan1 sequence (CID+7652) that IPAmj does not carry: it is
   * refused as unprintable (422 UNPRINTABLE_CHARACTER), not printed as 葛's own glyph, which may be
   * another form than the register's.
   */
  @Test
  void aSequenceOfAnotherCollectionIpamjLacksIsRefusedNotPrintedAsItsBase() {
    String adobeJapan1 = "葛\uDB40\uDD00";
    assertThat(MJ.glyph(0x845B, 0xE0100)).isNegative();
    assertThat(MJ.glyph(0x845B, 0xE0102)).isPositive();
    assertThat(new GlyphCoverage(FontCatalog.shared()).printable(adobeJapan1)).isFalse();
    ResidentRow r = Fixtures.resident(7, adobeJapan1 + "西　一郎", "カサイ", "世帯主");
    var content =
        new CertificateContent.Residents(
            Fixtures.subject(
                r, CertificateType.JUMINHYO, Fixtures.juminhyo(Scope.SELF, false, false, false)),
            List.of(r),
            r,
            Fixtures.versions(List.of(r)));
    assertThatThrownBy(() -> Rendering.issued(content))
        .isInstanceOf(UndrawableCharacterException.class)
        .hasMessageContaining("U+845B U+E0100");
  }

  private static String pdftotext(Path dir, byte[] pdf) throws Exception {
    Path file = Files.createTempFile(dir, "c", ".pdf");
    Files.write(file, pdf);
    Process p = new ProcessBuilder("/usr/bin/pdftotext", file.toString(), "-").start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).isZero();
    return Rendering.normalize(Normalizer.normalize(text, Normalizer.Form.NFC));
  }
}

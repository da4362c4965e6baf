package org.kofu.core.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.Scope;
import org.kofu.core.legacy.madoguchi.ResidentRow;
import org.kofu.core.render.font.FontCatalog;
import org.kofu.core.render.font.MjFont;

/**
 * Characters of every range a register holds print, and their text layer reads back as the Unicode
 * character (a variant as its base) with PDFBox and with poppler's pdftotext.
 */
class CharacterRangesIT {

  private static final MjFont MJ = MjFont.shared();

  /** The first code point of a block that IPAmj draws and the Mincho fonts do not. */
  private static String firstOnlyInMj(int from, int to) {
    FontCatalog mincho = FontCatalog.shared();
    for (int cp = from; cp <= to; cp++) {
      if (MJ.glyph(cp, 0) > 0 && !mincho.mainDraws(cp) && !mincho.extDraws(cp)) {
        return Character.toString(cp);
      }
    }
    throw new AssertionError("IPAmj draws nothing of U+%04X..".formatted(from));
  }

  /** One character of each range, each expected back in the text layer as itself. */
  private static List<String> samples() {
    List<String> s = new ArrayList<>();
    s.add("山"); // JIS X 0208
    s.add("髙"); // JIS X 0213 plane 1, in the Mincho extension
    s.add("\uD840\uDC0B"); // 𠀋 JIS X 0213 plane 2
    s.add(firstOnlyInMj(0x3400, 0x4DBF)); // CJK Ext. A
    s.add("\u4F02"); // 伂: an ordinary ideograph only IPAmj draws (mj006561)
    s.add(firstOnlyInMj(0x20000, 0x2A6DF)); // Ext. B
    s.add(firstOnlyInMj(0x2A700, 0x2B73F)); // Ext. C
    s.add(firstOnlyInMj(0x2B740, 0x2B81F)); // Ext. D
    s.add(firstOnlyInMj(0x2B820, 0x2CEAF)); // Ext. E
    s.add(firstOnlyInMj(0x2CEB0, 0x2EBEF)); // Ext. F
    return s;
  }

  /**
   * Variation sequences of the Moji_Joho collection, the one IPAmj carries: the variant glyph is
   * drawn, its base comes back. 葛 E0102 and E0104 are two IPAmj glyphs of one character.
   */
  private static final List<String> SEQUENCES =
      List.of("葛\uDB40\uDD02", "葛\uDB40\uDD04", "辻\uDB40\uDD02", "邊\uDB40\uDD09", "齋\uDB40\uDD03");

  private static ResidentRow personWith(String name, String address) {
    return Fixtures.resident(7, name, "テスト", "世帯主", address, "北海道函館市元町1番地");
  }

  private static byte[] certificate() {
    String name = String.join("", samples());
    String address = "北海道函館市" + String.join("", SEQUENCES) + "町1番地";
    // a 外字 the gaiji table names only by MJ文字図形名, as the existing systems' reading gives it
    int mjOnly = MJ.glyphOfMj(3719);
    address += Character.toString(FontCatalog.MJ_GLYPH + mjOnly);
    ResidentRow r = personWith(name, address);
    var content =
        new CertificateContent.Residents(
            Fixtures.subject(
                r, CertificateType.JUMINHYO, Fixtures.juminhyo(Scope.SELF, false, true, false)),
            List.of(r),
            r,
            Fixtures.versions(List.of(r)));
    return Rendering.issued(content);
  }

  @Test
  void everyRangeReadsBackWithPdfbox() {
    String text = Rendering.text(certificate());

    for (String c : samples()) {
      assertThat(text).contains(Rendering.normalize(c));
    }
    assertThat(text).contains(Rendering.normalize("北海道函館市葛葛辻邊齋町1番地"));
  }

  @Test
  void everyRangeReadsBackWithPdftotext(@TempDir Path dir) throws Exception {
    assumeThat(Path.of("/usr/bin/pdftotext")).exists();
    Path file = dir.resolve("c.pdf");
    Files.write(file, certificate());

    Process p = new ProcessBuilder("/usr/bin/pdftotext", file.toString(), "-").start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(p.waitFor()).isZero();
    String flat = Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", "");
    assertThat(flat).contains(String.join("", samples()));
    assertThat(flat).contains("北海道函館市葛葛辻邊齋町1番地");
  }

  @Test
  void theMjGlyphsComeFromSmallSubsetsMadeForTheDocument() throws IOException {
    try (PDDocument doc = Loader.loadPDF(certificate())) {
      Set<String> mjFonts = new HashSet<>();
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          var font = (org.apache.pdfbox.pdmodel.font.PDType0Font) page.getResources().getFont(name);
          if (font.getName().endsWith("+KofuMJ")) {
            mjFonts.add(font.getName());
            var program = font.getDescendantFont().getFontDescriptor().getFontFile2();
            assertThat(program.toByteArray().length).isLessThan(40_000);
          }
        }
      }
      // 葛 E0102 and 葛 E0104 are both IPAmj glyphs of 葛: one subset each
      assertThat(mjFonts).hasSize(2);
    }
  }
}

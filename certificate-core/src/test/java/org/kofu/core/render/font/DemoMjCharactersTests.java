package org.kofu.core.render.font;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kofu.demodata.generate.MjCharacters;
import org.kofu.demodata.generate.MjCharacters.MjCharacter;

/**
 * The demo data's MJ characters ({@code mj-characters.txt}) are what {@link DemoMjCharacterList}
 * derives from IPAmj明朝 today, each drawn by IPAmj by the glyph its MJ文字図形名 names, none in JIS X
 * 0213 nor in the Mincho fonts; the characters meant to be undrawable are.
 */
class DemoMjCharactersTests {

  private static final MjFont MJ = MjFont.shared();
  private static final FontCatalog MINCHO = FontCatalog.shared();

  @Test
  void theCheckedInListIsTheOneDerivedFromTheFont() throws IOException {
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream(DemoMjCharacterList.RESOURCE)) {
      List<String> checkedIn =
          Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
              .filter(l -> !l.startsWith("#"))
              .toList();
      assertThat(checkedIn).isEqualTo(DemoMjCharacterList.lines(MJ, MINCHO));
    }
  }

  @Test
  void eachIsDrawnByIpamjByItsMjNameAndIsBeyondJisX0213AndTheMinchoFonts() {
    List<MjCharacter> all = MjCharacters.all();
    assertThat(all).hasSizeGreaterThanOrEqualTo(200);
    GlyphCoverage coverage = new GlyphCoverage(MINCHO, MJ);
    for (MjCharacter c : all) {
      int glyph = MJ.glyphOfMj(Integer.parseInt(c.mjCode().substring(2)));
      assertThat(glyph).as(c.mjCode()).isPositive();
      if (c.unicode() == null) {
        assertThat(MJ.textOf(glyph)).as(c.mjCode()).isNegative();
        continue;
      }
      int[] cps = c.unicode().codePoints().toArray();
      assertThat(MJ.glyph(cps[0], cps.length > 1 ? cps[1] : 0)).as(c.mjCode()).isEqualTo(glyph);
      assertThat(DemoMjCharacterList.inJisX0213(c.unicode())).as(c.mjCode()).isFalse();
      if (cps.length == 1) {
        assertThat(MINCHO.mainDraws(cps[0]) || MINCHO.extDraws(cps[0])).as(c.mjCode()).isFalse();
      }
      assertThat(coverage.prepare(c.unicode(), "test"))
          .isEqualTo(Character.toString(FontCatalog.PRIVATE_USE + glyph));
    }
  }

  @Test
  void theCharactersMeantToBeUndrawableAreSo() {
    GlyphCoverage coverage = new GlyphCoverage(MINCHO, MJ);
    assertThat(coverage.printable(MjCharacters.UNMAPPED_PUA)).isFalse();
    assertThat(coverage.printable(MjCharacters.BEYOND_IPAMJ)).isFalse();
    assertThat(MJ.glyph(MjCharacters.BEYOND_IPAMJ.codePointAt(0), 0)).isNegative();
  }
}

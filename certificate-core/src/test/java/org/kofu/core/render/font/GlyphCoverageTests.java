package org.kofu.core.render.font;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class GlyphCoverageTests {

  private final GlyphCoverage coverage = new GlyphCoverage(FontCatalog.shared());

  @Test
  void ordinaryTextPassesUnchanged() {
    String text = "髙橋　山﨑　德永　濵田　草彅 <A&B>";

    assertThat(coverage.prepare(text, "src")).isSameAs(text);
  }

  @Test
  void listedSequencesBecomePrivateUseCodePointsTheSupplementDrawsAsVariants() {
    FontCatalog fonts = FontCatalog.shared();
    String text = coverage.prepare("𠮷田 & 葛\uDB40\uDD02西", "src");

    int pua = text.codePointAt(text.indexOf('&') + 2);
    assertThat(pua).isBetween(FontCatalog.PRIVATE_USE, FontCatalog.PRIVATE_USE + 0xFF);
    assertThat(text).isEqualTo("𠮷田 & " + Character.toString(pua) + "西");
    assertThat(fonts.mjDrawn(pua)).isEqualTo('葛');
    assertThat(fonts.mjDrawn(0x20BB7)).isEqualTo(0x20BB7);
    assertThat(fonts.mainDraws('葛')).isTrue();
    assertThat(fonts.mainDraws(0x20BB7)).isFalse();
  }

  @Test
  void everyDemoSpellingIsDrawable() {
    for (String name :
        new String[] {
          "𠮷田", "葛\uDB40\uDD02西", "辻\uDB40\uDD02本", "齋\uDB40\uDD02藤", "渡邊\uDB40\uDD08",
          "髙橋", "山﨑", "德永", "濵田", "草彅"
        }) {
      coverage.prepare(name, "src");
    }
  }

  @Test
  void anUndrawableCharacterNamesTheRowAndCodePointButNotTheText() {
    UndrawableCharacterException e =
        catchThrowableOfType(
            UndrawableCharacterException.class,
            () -> coverage.prepare("山田\uD880\uDC00子", "madoguchi.jumin:123 shimei"));

    assertThat(e.source()).isEqualTo("madoguchi.jumin:123 shimei");
    assertThat(e.codePoints()).isEqualTo("U+30000");
    assertThat(e.getMessage())
        .contains("U+30000", "madoguchi.jumin:123 shimei")
        .doesNotContain("山田");
  }

  @Test
  void anUnlistedVariationSequenceIsUndrawable() {
    UndrawableCharacterException e =
        catchThrowableOfType(
            UndrawableCharacterException.class,
            () -> coverage.prepare("葛\uDB40\uDD03西", "koseki.kojin:5/1 shimei"));

    assertThat(e.codePoints()).isEqualTo("U+845B U+E0103");
  }

  @Test
  void aStraySelectorIsUndrawable() {
    UndrawableCharacterException e =
        catchThrowableOfType(
            UndrawableCharacterException.class, () -> coverage.prepare("\uFE00田", "x"));

    assertThat(e.codePoints()).isEqualTo("U+FE00");
  }
}

package org.kofu.core.render.font;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class GlyphCoverageTests {

  private final GlyphCoverage coverage = new GlyphCoverage(FontCatalog.shared());

  @Test
  void ordinaryTextPassesUnchanged() {
    PrintableText t = coverage.prepare("髙橋　山﨑　德永　濵田　草彅 <A&B>", "src");

    assertThat(t.styled()).isFalse();
    assertThat(t.text()).isEqualTo("髙橋　山﨑　德永　濵田　草彅 <A&B>");
  }

  @Test
  void mjCharactersAndListedSequencesGoToTheSupplementFamily() {
    PrintableText t = coverage.prepare("𠮷田 & 葛\uDB40\uDD02西", "src");

    assertThat(t.styled()).isTrue();
    assertThat(t.text())
        .isEqualTo(
            "<style fontName=\"Kofu MJ Supplement\">𠮷</style>田 &amp; "
                + "<style fontName=\"Kofu MJ Supplement\">葛</style>西");
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

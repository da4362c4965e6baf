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
  void whatTheMinchoFontsLackBecomesTheIpamjGlyphsPrivateUseCodePoint() {
    MjFont mj = MjFont.shared();
    String text = coverage.prepare("𠮷田 & 葛\uDB40\uDD02西", "src");

    int yoshi = FontCatalog.PRIVATE_USE + mj.glyphOfMj(32129);
    int kuzu = FontCatalog.PRIVATE_USE + mj.glyph('葛', 0xE0102);
    assertThat(text).isEqualTo(Character.toString(yoshi) + "田 & " + Character.toString(kuzu) + "西");
    assertThat(mj.textOf(yoshi - FontCatalog.PRIVATE_USE)).isEqualTo(0x20BB7);
    assertThat(mj.textOf(kuzu - FontCatalog.PRIVATE_USE)).isEqualTo('葛');
    assertThat(mj.glyph('葛', 0xE0102)).isNotEqualTo(mj.glyph('葛', 0));
  }

  @Test
  void theIssuesResidentIsDrawnByTheMjGlyphsNamedForThem() {
    MjFont mj = MjFont.shared();
    String text = coverage.prepare("並行　\u4F02\u5002", "madoguchi.jumin:1 shimei");
    // 倂 is also in IPAex明朝 (JIS X 0213), which draws it
    assertThat(FontCatalog.shared().extDraws(0x5002)).isTrue();

    assertThat(text.codePoints().toArray())
        .containsExactly('並', '行', '　', FontCatalog.PRIVATE_USE + mj.glyphOfMj(6561), 0x5002);
    assertThat(mj.glyph(0x5002, 0)).isEqualTo(mj.glyphOfMj(6816));
  }

  @Test
  void aGaijiNamedOnlyByItsMjCodeIsDrawnByThatGlyph() {
    MjFont mj = MjFont.shared();
    // MJ003719 has neither a code point nor a variation sequence in IPAmj
    int glyph = mj.glyphOfMj(3719);
    String text = coverage.prepare(Character.toString(FontCatalog.MJ_GLYPH + glyph), "src");

    assertThat(glyph).isPositive();
    assertThat(text.codePointAt(0)).isEqualTo(FontCatalog.PRIVATE_USE + glyph);
    assertThat(mj.textOf(glyph)).isEqualTo(-1);
  }

  @Test
  void aGlyphIpamjLacksAndAnUnmappedPrivateUseCharacterAreUndrawable() {
    UndrawableCharacterException unknown =
        catchThrowableOfType(
            UndrawableCharacterException.class,
            () -> coverage.prepare(Character.toString(FontCatalog.MJ_GLYPH + 65_000), "x"));
    UndrawableCharacterException pua =
        catchThrowableOfType(
            UndrawableCharacterException.class, () -> coverage.prepare("山\uE012", "y"));

    assertThat(unknown.codePoints()).isEqualTo("U+10FDE8");
    assertThat(pua.codePoints()).isEqualTo("U+E012");
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
  void aVariationSequenceIpamjLacksIsUndrawable() {
    UndrawableCharacterException e =
        catchThrowableOfType(
            UndrawableCharacterException.class,
            () -> coverage.prepare("葛\uDB40\uDD1F西", "koseki.kojin:5/1 shimei"));

    assertThat(e.codePoints()).isEqualTo("U+845B U+E011F");
  }

  @Test
  void aStraySelectorIsUndrawable() {
    UndrawableCharacterException e =
        catchThrowableOfType(
            UndrawableCharacterException.class, () -> coverage.prepare("\uFE00田", "x"));

    assertThat(e.codePoints()).isEqualTo("U+FE00");
  }
}

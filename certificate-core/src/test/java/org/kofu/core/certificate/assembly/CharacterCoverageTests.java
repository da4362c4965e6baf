package org.kofu.core.certificate.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kofu.core.certificate.assembly.CharacterCoverage.Finding;
import org.kofu.core.certificate.assembly.CharacterCoverage.Kind;
import org.kofu.core.certificate.assembly.CharacterCoverage.Reason;
import org.kofu.core.legacy.gaiji.GaijiRow;
import org.kofu.core.render.font.FontCatalog;
import org.kofu.core.render.font.GlyphCoverage;

class CharacterCoverageTests {

  private static final String TABLE = "madoguchi.gaiji";
  private static final Map<Integer, GaijiRow> ROWS =
      Map.of(
          0xE001, new GaijiRow(TABLE, 0xE001, "MJ006561", "\u4F02", 1),
          0xE002, new GaijiRow(TABLE, 0xE002, "MJ003719", null, 1),
          0xE004, new GaijiRow(TABLE, 0xE004, "MJ099999", null, 1),
          0xE005, new GaijiRow(TABLE, 0xE005, "MJ000001", "\uD880\uDC00", 1));

  private final CharacterCoverage coverage =
      new CharacterCoverage(new GlyphCoverage(FontCatalog.shared()));

  @Test
  void whatTheFontsDrawIsNotReportedWhetherMinchoOrIpamj() {
    assertThat(coverage.of("髙橋　𠮷田　葛\uDB40\uDD02西　\u4F02\u5002\n二丁目", ROWS)).isEmpty();
  }

  @Test
  void aGaijiWithARowPrintsOnlyThroughItWithItsMjNameAndWhatItBecomes() {
    assertThat(coverage.of("山田\uE001\uE002子\uE001", ROWS))
        .containsExactly(
            new Finding(Kind.GAIJI, "U+E001", "MJ006561", "U+4F02", null),
            new Finding(Kind.GAIJI, "U+E002", "MJ003719", null, null));
  }

  @Test
  void aGaijiWithoutARowOrNamingAGlyphIpamjLacksIsUnprintable() {
    assertThat(coverage.of("\uE003\uE004\uE005", ROWS))
        .containsExactly(
            new Finding(Kind.UNPRINTABLE, "U+E003", null, null, Reason.NO_GAIJI_ROW),
            new Finding(Kind.UNPRINTABLE, "U+E004", "MJ099999", null, Reason.NOT_IN_IPAMJ),
            new Finding(Kind.UNPRINTABLE, "U+E005", "MJ000001", "U+30000", Reason.NOT_IN_IPAMJ));
  }

  @Test
  void aCharacterOrSequenceOutsideIpamjIsUnprintableAsTheRendererDecides() {
    var glyphs = new GlyphCoverage(FontCatalog.shared());
    String text = "\uFE00山田\uD880\uDC00子 葛\uDB40\uDD1F西";

    assertThat(coverage.of(text, Map.of()))
        .extracting(Finding::codePoints)
        .containsExactly("U+FE00", "U+30000", "U+845B U+E011F")
        .containsExactlyElementsOf(glyphs.undrawable(text));
    assertThat(coverage.of(text, Map.of()))
        .allMatch(f -> f.kind() == Kind.UNPRINTABLE && f.reason() == Reason.NOT_IN_IPAMJ);
    assertThat(glyphs.printable(text)).isFalse();
  }

  @Test
  void privateUseCharactersAreWhatNeedsGaijiRows() {
    assertThat(CharacterCoverage.privateUse("山\uE001田\uDBC0\uDC00\uE001"))
        .containsExactly(0xE001, 0x100000);
  }
}

package org.kofu.demodata.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kofu.demodata.generate.MjCharacters.MjCharacter;

/**
 * The list of MJ characters the demo data spells with: at least 200 distinct, none in JIS X 0213
 * (the JDK's Shift_JIS-2004 encoder, which holds both planes), each its own 外字. That IPAmj明朝 draws
 * each by the glyph its MJ文字図形名 names is certificate-core's {@code DemoMjCharactersTests}.
 */
class MjCharactersTests {

  private static final List<MjCharacter> ALL = MjCharacters.all();

  @Test
  void atLeastTwoHundredDistinctCharactersNoneInJisX0213() {
    var jisX0213 = Charset.forName("x-SJIS_0213").newEncoder();
    Set<String> mjCodes = new HashSet<>();
    Set<String> unicode = new HashSet<>();
    for (MjCharacter c : ALL) {
      mjCodes.add(c.mjCode());
      if (c.unicode() != null) {
        unicode.add(c.unicode());
        assertThat(jisX0213.canEncode(c.unicode())).as(c.mjCode()).isFalse();
      }
    }
    assertThat(mjCodes).hasSize(ALL.size()).hasSizeGreaterThanOrEqualTo(200);
    assertThat(unicode.stream().filter(u -> u.codePointCount(0, u.length()) == 1))
        .hasSizeGreaterThanOrEqualTo(200);
    assertThat(ALL).anyMatch(c -> c.unicode() == null);
    assertThat(ALL)
        .anyMatch(
            c -> c.unicode() != null && c.unicode().codePointCount(0, c.unicode().length()) == 2);
  }

  @Test
  void eachIsItsOwnPrivateUseCharacterOutsideTheRangeTestsUse() {
    Set<String> puas = new HashSet<>();
    for (MjCharacter c : ALL) {
      int cp = c.pua().codePointAt(0);
      assertThat(cp).isBetween(0xE500, 0xF8EF);
      puas.add(c.pua());
    }
    assertThat(puas).hasSize(ALL.size());
  }

  @Test
  void theUndrawableCharactersAreNotInTheList() {
    assertThat(ALL)
        .noneMatch(
            c ->
                MjCharacters.UNMAPPED_PUA.equals(c.pua())
                    || MjCharacters.BEYOND_IPAMJ.equals(c.unicode()));
  }
}

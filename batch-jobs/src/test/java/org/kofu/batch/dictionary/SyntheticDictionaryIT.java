package org.kofu.batch.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.luben.zstd.Zstd;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kofu.batch.cachewrite.PersonProcessor;
import org.kofu.batch.eligibility.EligibilityPlanner;
import org.kofu.batch.testing.BatchTestBed;
import org.kofu.batch.testing.Legacy;
import org.kofu.cache.compression.DictionaryTrainer;
import org.kofu.cache.contract.NewBody;
import org.kofu.core.certificate.assembly.CertificateContentAssembler;
import org.kofu.core.certificate.assembly.MissingRecordException;
import org.kofu.core.render.CertificateProperties;
import org.kofu.core.render.CertificateRenderer;
import org.kofu.core.render.font.UndrawableCharacterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The dictionary holds no demo resident's name or address: every name (whole, without the space,
 * its 氏 and 名), reading and address (whole and without the city, 方書, 本籍, 筆頭者, the register's
 * parents) of at least two characters is searched in the dictionary's bytes as UTF-8, UTF-16 and
 * the glyph ids a body's text carries. A dictionary trained the old way, on residents' bodies, is
 * searched the same way and gives them away, so the search can find them. Compressing residents'
 * bodies with either shows what the synthetic one costs (docs/performance.md). Single characters
 * are not searched: two bytes occur in 256 KB by chance, and one kanji names nobody.
 */
class SyntheticDictionaryIT {

  private static final Logger log = LoggerFactory.getLogger(SyntheticDictionaryIT.class);

  private static BatchTestBed bed;
  private static ConfigurableApplicationContext node;
  private static List<byte[]> residentBodies;

  @BeforeAll
  static void start() throws Exception {
    bed = new BatchTestBed(300, 1, 1);
    node = bed.node();
    PersonProcessor processor =
        new PersonProcessor(
            node.getBean(EligibilityPlanner.class),
            node.getBean(CertificateContentAssembler.class),
            node.getBean(CertificateRenderer.class),
            Clock.systemUTC(),
            () -> BatchTestBed.TODAY);
    residentBodies = new ArrayList<>();
    for (long atenaNo : new Legacy(bed.legacyWriter()).activeResidents().subList(0, 60)) {
      try {
        processor.process(atenaNo).bodies().stream()
            .map(NewBody::payload)
            .forEach(residentBodies::add);
      } catch (MissingRecordException | UndrawableCharacterException e) {
        // not a sample, as the old bootstrap did
      }
    }
  }

  @AfterAll
  static void stop() throws Exception {
    bed.close();
  }

  @Test
  void theSyntheticDictionaryHoldsNoDemoResidentsNameOrAddress() throws Exception {
    byte[] dictionary = synthetic();
    List<byte[]> needles = needles(demoTexts());

    assertThat(needles).hasSizeGreaterThan(1000);
    assertThat(found(dictionary, needles)).isEmpty();
  }

  @Test
  void aDictionaryTrainedOnResidentsBodiesGivesThemAway() throws Exception {
    byte[] dictionary =
        DictionaryTrainer.train(
            residentBodies.subList(0, residentBodies.size() / 2), DictionaryTrainer.DEFAULT_SIZE);

    assertThat(found(dictionary, needles(demoTexts()))).isNotEmpty();
  }

  @Test
  void theSyntheticDictionaryCompressesResidentsBodiesAboutAsWell() {
    byte[] synthetic = synthetic();
    List<byte[]> training = residentBodies.subList(0, residentBodies.size() / 2);
    List<byte[]> measured =
        residentBodies.subList(residentBodies.size() / 2, residentBodies.size());
    byte[] residents = DictionaryTrainer.train(training, DictionaryTrainer.DEFAULT_SIZE);

    long raw = measured.stream().mapToLong(b -> b.length).sum();
    long withSynthetic = compressed(measured, synthetic);
    long withResidents = compressed(measured, residents);
    long without = compressed(measured, null);
    log.info(
        String.format(
            "dictionary ratio on %d resident bodies (%d bytes): none %.2f, residents' %.2f,"
                + " synthetic %.2f",
            measured.size(),
            raw,
            (double) raw / without,
            (double) raw / withResidents,
            (double) raw / withSynthetic));

    assertThat(withSynthetic).isLessThan(without / 2);
    assertThat((double) withSynthetic).isLessThanOrEqualTo(withResidents * 1.25);
  }

  private static byte[] synthetic() {
    return DictionaryTrainer.train(
        DictionaryBootstrap.samples(node.getBean(CertificateRenderer.class)),
        DictionaryTrainer.DEFAULT_SIZE);
  }

  private static long compressed(List<byte[]> bodies, byte[] dictionary) {
    return bodies.stream()
        .mapToLong(
            b ->
                (dictionary == null
                        ? Zstd.compress(b, 3)
                        : Zstd.compressUsingDict(b, dictionary, 3))
                    .length)
        .sum();
  }

  /**
   * Every demo resident's names and addresses, from both existing systems; less what every
   * certificate prints anyway (the mayor's name: the embedded default's 山田 太郎 is also a demo
   * surname and given name).
   */
  private static Set<String> demoTexts() {
    Set<String> texts = residentTexts();
    String mayor = node.getBean(CertificateProperties.class).mayorName();
    texts.removeIf(text -> mayor.replaceAll("[ 　]", "").contains(text.replaceAll("[ 　]", "")));
    return texts;
  }

  private static Set<String> residentTexts() {
    Legacy legacy = new Legacy(bed.legacyWriter());
    Set<String> texts = new LinkedHashSet<>();
    for (String sql :
        List.of(
            "SELECT shimei, shimei_kana, kyushi, tsusho, address, katagaki, prev_address, honseki,"
                + " hittosha FROM madoguchi.jumin",
            "SELECT honseki, hittosha FROM koseki.koseki",
            "SELECT shimei, father, mother FROM koseki.kojin",
            "SELECT address FROM koseki.fuhyo")) {
      legacy
          .jdbc()
          .sql(sql)
          .query(
              (rs, i) -> {
                for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                  parts(rs.getString(c), texts);
                }
                return null;
              })
          .list();
    }
    return texts;
  }

  private static void parts(String text, Set<String> parts) {
    if (text == null) {
      return;
    }
    List<String> candidates = new ArrayList<>(List.of(text, text.replaceAll("[ 　]", "")));
    candidates.addAll(List.of(text.split("[ 　]+")));
    for (String city : List.of("北海道函館市", "北海道")) {
      if (text.startsWith(city)) {
        candidates.add(text.substring(city.length()));
      }
    }
    candidates.stream()
        .filter(part -> part.codePointCount(0, part.length()) >= 2)
        .forEach(parts::add);
  }

  /** Each text as UTF-8, UTF-16 and the glyph ids of both embedded fonts (raw and escaped). */
  private static List<byte[]> needles(Set<String> texts) throws Exception {
    List<Font> fonts = List.of(font("fonts/kofu-mincho.ttf"), font("fonts/kofu-mincho-ext.ttf"));
    List<byte[]> needles = new ArrayList<>();
    for (String text : texts) {
      needles.add(text.getBytes(StandardCharsets.UTF_8));
      needles.add(text.getBytes(StandardCharsets.UTF_16BE));
      for (Font font : fonts) {
        byte[] glyphs = glyphIds(font, text);
        if (glyphs.length >= 4) {
          needles.add(glyphs);
          needles.add(PdfEscapes.escape(glyphs));
        }
      }
    }
    return needles;
  }

  /** The 2-byte glyph ids Identity-H text shows, or nothing when the font lacks a character. */
  private static byte[] glyphIds(Font font, String text) {
    if (font.canDisplayUpTo(text) != -1) {
      return new byte[0];
    }
    GlyphVector vector = font.createGlyphVector(new FontRenderContext(null, false, false), text);
    byte[] glyphs = new byte[vector.getNumGlyphs() * 2];
    for (int i = 0; i < vector.getNumGlyphs(); i++) {
      int glyph = vector.getGlyphCode(i);
      glyphs[2 * i] = (byte) (glyph >> 8);
      glyphs[2 * i + 1] = (byte) glyph;
    }
    return glyphs;
  }

  private static Font font(String resource) throws Exception {
    try (InputStream in =
        SyntheticDictionaryIT.class.getClassLoader().getResourceAsStream(resource)) {
      return Font.createFont(Font.TRUETYPE_FONT, in);
    }
  }

  private static List<String> found(byte[] haystack, List<byte[]> needles) {
    List<String> found = new ArrayList<>();
    for (byte[] needle : needles) {
      if (indexOf(haystack, needle) >= 0) {
        // the bytes only, never the text: no personal data in a test report either
        found.add(needle.length + " bytes at " + indexOf(haystack, needle));
      }
    }
    return found;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}

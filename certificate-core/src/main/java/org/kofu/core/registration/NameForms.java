package org.kofu.core.registration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * The form in which an application's name, 本籍 and 筆頭者 are compared with the 戸籍: NFKC (full-width
 * digits and Latin letters, half-width kana, compatibility ideographs), no white space, no
 * variation selectors (辻 with one dot or two is one name), hiragana as katakana, dashes as one
 * dash, and the old or variant kanji of {@code kanji-variants.txt} as their common form (髙/高, 﨑/崎,
 * 邊/辺/邉, 齋/斎). Equal forms are not proof of one person: the clerk still chooses among the
 * candidates.
 */
public final class NameForms {

  private static final Map<Integer, Integer> VARIANTS = load();

  private NameForms() {}

  /** The comparison form of {@code text}; "" for null. */
  public static String of(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder form = new StringBuilder(text.length());
    Normalizer.normalize(text, Normalizer.Form.NFKC)
        .codePoints()
        .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .filter(c -> !isVariationSelector(c))
        .map(NameForms::fold)
        .forEach(form::appendCodePoint);
    return form.toString();
  }

  /** Whether the two texts have the same comparison form. */
  public static boolean same(String a, String b) {
    return of(a).equals(of(b));
  }

  private static int fold(int c) {
    if (c >= 'ぁ' && c <= 'ゖ') {
      return c + ('ァ' - 'ぁ');
    }
    if ((c >= 0x2010 && c <= 0x2015) || c == 0x2212) {
      return '-';
    }
    return VARIANTS.getOrDefault(c, c);
  }

  private static boolean isVariationSelector(int c) {
    return (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
  }

  private static Map<Integer, Integer> load() {
    Map<Integer, Integer> variants = new HashMap<>();
    try (InputStream in = NameForms.class.getResourceAsStream("kanji-variants.txt");
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      lines
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .forEach(
              line -> {
                String[] pair = line.split("\\s+");
                variants.put(pair[0].codePointAt(0), pair[1].codePointAt(0));
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(variants);
  }
}

package org.kofu.demodata.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The 文字情報基盤 characters beyond JIS X 0213 the demo data spells names, addresses and 本籍 with, read
 * from {@code mj-characters.txt} (derived from IPAmj明朝 by certificate-core's {@code
 * DemoMjCharacterList}, which its test checks against the font): each with its MJ文字図形名, its Unicode
 * (a code point or a variation sequence, null for a glyph that has none) and the Private Use Area
 * character the existing systems store it as when it is kept as a 外字.
 */
public final class MjCharacters {

  /** One character of the list. */
  public record MjCharacter(String mjCode, String unicode, String pua) {

    /** Whether a {@code gaiji} row gives its Unicode ({@code ucs}), or only its MJ文字図形名. */
    public boolean mappedToUcs(int index) {
      return unicode != null && index % 3 != 0;
    }
  }

  /** Where the 外字 of the list begin, one a character in list order (tests use U+E000–U+E4FF). */
  public static final int FIRST_PUA = 0xE500;

  /** A 外字 no {@code gaiji} row maps: nothing can draw it. */
  public static final String UNMAPPED_PUA = "\uF8F0";

  /** A CJK Ext. G character (U+3134A), which IPAmj明朝 (2019) does not draw. */
  public static final String BEYOND_IPAMJ = "\uD884\uDF4A";

  private static final List<MjCharacter> ALL = read();

  private MjCharacters() {}

  /** The whole list, in file order. */
  public static List<MjCharacter> all() {
    return ALL;
  }

  private static List<MjCharacter> read() {
    InputStream in = MjCharacters.class.getResourceAsStream("mj-characters.txt");
    if (in == null) {
      throw new IllegalStateException("mj-characters.txt missing");
    }
    List<MjCharacter> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        out.add(new MjCharacter(f[0], unicode(f[1]), Character.toString(FIRST_PUA + out.size())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }

  /** "U+4F02" or "U+845B U+E0102" as text; "-" is null. */
  private static String unicode(String field) {
    if (field.equals("-")) {
      return null;
    }
    StringBuilder s = new StringBuilder();
    for (String cp : field.split(" ")) {
      s.appendCodePoint(Integer.parseInt(cp.substring(2), 16));
    }
    return s.toString();
  }
}

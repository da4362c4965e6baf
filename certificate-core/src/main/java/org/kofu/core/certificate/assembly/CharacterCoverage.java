package org.kofu.core.certificate.assembly;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.kofu.core.legacy.gaiji.GaijiRow;
import org.kofu.core.render.font.GlyphCoverage;

/**
 * What a certificate would do with each character of a printed text, decided as the assembler and
 * the renderer decide it ({@link GaijiResolution}, then {@link GlyphCoverage}): printed as it is,
 * printed only through its system's {@code gaiji} row, or refused. For the coverage scan, which
 * reports every such character of a text where the renderer stops at the first.
 */
public final class CharacterCoverage {

  /** How a reported character fares. */
  public enum Kind {
    /** printed, but only because its {@code gaiji} row maps it */
    GAIJI,
    /** refused: the certificate cannot be issued */
    UNPRINTABLE
  }

  /** Why a character is unprintable. */
  public enum Reason {
    /** a Private Use Area character without a row in its system's {@code gaiji} table */
    NO_GAIJI_ROW,
    /** neither the Mincho fonts nor IPAmj明朝 draw it (or what its gaiji row maps it to) */
    NOT_IN_IPAMJ
  }

  /**
   * One character of a text that is not simply printed.
   *
   * @param codePoints as stored, e.g. {@code U+E001} or {@code U+845B U+E0103}
   * @param mjName the MJ文字図形名 of its gaiji row, or null
   * @param printedAs what its gaiji row maps it to, as code points (null: none, or an MJ-only
   *     glyph)
   * @param reason null for {@link Kind#GAIJI}
   */
  public record Finding(
      Kind kind, String codePoints, String mjName, String printedAs, Reason reason) {}

  private final GlyphCoverage glyphs;

  public CharacterCoverage(GlyphCoverage glyphs) {
    this.glyphs = glyphs;
  }

  /** The Private Use Area characters of a text: the ones whose gaiji rows {@link #of} needs. */
  public static SortedSet<Integer> privateUse(String text) {
    SortedSet<Integer> puas = new TreeSet<>();
    text.codePoints().filter(GaijiRow::isPrivateUse).forEach(puas::add);
    return puas;
  }

  /**
   * Each distinct character of {@code text} that prints only through a gaiji row or not at all, in
   * order of first appearance.
   *
   * @param gaiji the rows of the text's system for (at least) its {@link #privateUse} characters
   */
  public List<Finding> of(String text, Map<Integer, GaijiRow> gaiji) {
    if (privateUse(text).isEmpty() && glyphs.printable(text)) {
      return List.of();
    }
    Map<String, Finding> found = new LinkedHashMap<>();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      int selector = next < text.length() ? text.codePointAt(next) : 0;
      boolean sequence = isSelector(selector);
      String unit = text.substring(i, sequence ? next + Character.charCount(selector) : next);
      Finding finding =
          GaijiRow.isPrivateUse(cp) ? gaiji(cp, unit.substring(next - i), gaiji) : plain(unit);
      if (finding != null) {
        found.putIfAbsent(finding.codePoints(), finding);
      }
      i += unit.length();
    }
    return new ArrayList<>(found.values());
  }

  private Finding plain(String unit) {
    List<String> refused = glyphs.undrawable(unit);
    return refused.isEmpty()
        ? null
        : new Finding(Kind.UNPRINTABLE, refused.get(0), null, null, Reason.NOT_IN_IPAMJ);
  }

  private Finding gaiji(int pua, String selector, Map<Integer, GaijiRow> rows) {
    String stored = hex(Character.toString(pua) + selector);
    GaijiRow row = rows.get(pua);
    if (row == null) {
      return new Finding(Kind.UNPRINTABLE, stored, null, null, Reason.NO_GAIJI_ROW);
    }
    String printed = GaijiResolution.printed(row);
    String printedAs = row.ucs() == null || row.ucs().isBlank() ? null : hex(printed);
    if (printed == null || !glyphs.printable(printed + selector)) {
      return new Finding(Kind.UNPRINTABLE, stored, row.mjCode(), printedAs, Reason.NOT_IN_IPAMJ);
    }
    return new Finding(Kind.GAIJI, stored, row.mjCode(), printedAs, null);
  }

  private static boolean isSelector(int cp) {
    return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
  }

  private static String hex(String text) {
    StringBuilder s = new StringBuilder();
    text.codePoints()
        .forEach(cp -> s.append(s.isEmpty() ? "" : " ").append(String.format("U+%04X", cp)));
    return s.toString();
  }
}

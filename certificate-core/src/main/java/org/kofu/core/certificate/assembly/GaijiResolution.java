package org.kofu.core.certificate.assembly;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.certificate.SourceVersions;
import org.kofu.core.legacy.gaiji.GaijiRow;
import org.kofu.core.legacy.koseki.KosekiReader;
import org.kofu.core.legacy.madoguchi.MadoguchiReader;
import org.kofu.core.render.font.FontCatalog;
import org.kofu.core.render.font.MjFont;
import org.kofu.core.render.font.UndrawableCharacterException;
import org.kofu.core.render.layout.CertificateLayouts;
import org.kofu.core.render.layout.CertificateLayouts.PrintedText;

/**
 * Applies the existing system's {@code gaiji} table to a content's 外字 (Private Use Area
 * characters): each becomes its {@code ucs} where there is one, else the IPAmj glyph its MJ文字図形名
 * names ({@link FontCatalog#MJ_GLYPH}). Only the 外字 of the fields the certificate prints count, as
 * its layout decides them ({@link CertificateLayouts#printedTexts}): one in a field it does not
 * print (a householder's name without the 世帯主 option) neither refuses it nor loads IPAmj. The
 * versions of the rows used join the content's source versions, so that a changed mapping makes
 * stale the cached bodies that print that character. Only a content that prints a 外字 costs a query;
 * one without a row for it, or naming a glyph IPAmj lacks, is refused, naming the record and field
 * that hold it (as the renderer names a character outside IPAmj, and the coverage scan records it)
 * and its code point, never the text.
 */
final class GaijiResolution {

  private final MadoguchiReader madoguchi;
  private final KosekiReader koseki;

  GaijiResolution(MadoguchiReader madoguchi, KosekiReader koseki) {
    this.madoguchi = madoguchi;
    this.koseki = koseki;
  }

  CertificateContent resolve(CertificateContent content) {
    // most contents hold no 外字 at all: they are not laid out here
    boolean[] any = {false};
    RecordTexts.visit(content, s -> any[0] |= s.codePoints().anyMatch(GaijiRow::isPrivateUse));
    if (!any[0]) {
      return content;
    }
    // each printed 外字 with the record and field it is first printed from, in print order, as
    // the renderer would name it; 個人番号 prints only where the city enabled it, else the request
    // is refused before this, and it is digits: counting it as printed changes nothing
    Map<Integer, String> where = new LinkedHashMap<>();
    for (PrintedText t : CertificateLayouts.printedTexts(content, true)) {
      t.text()
          .codePoints()
          .filter(GaijiRow::isPrivateUse)
          .forEach(c -> where.putIfAbsent(c, t.source()));
    }
    if (where.isEmpty()) {
      return content;
    }
    boolean register =
        content instanceof CertificateContent.Register
            || content instanceof CertificateContent.Fuhyo;
    SortedSet<Integer> puas = new TreeSet<>(where.keySet());
    Map<Integer, GaijiRow> rows = register ? koseki.gaiji(puas) : madoguchi.gaiji(puas);
    String table = register ? "koseki.gaiji" : "madoguchi.gaiji";
    Map<Integer, String> printed = new HashMap<>();
    TreeMap<String, Long> versions = new TreeMap<>(content.sources().versions());
    for (Map.Entry<Integer, String> pua : where.entrySet()) {
      GaijiRow row = rows.get(pua.getKey());
      if (row == null) {
        // the record and field that hold it, as a character outside IPAmj is named: never the text
        throw new UndrawableCharacterException(pua.getValue(), hex(pua.getKey()));
      }
      printed.put(pua.getKey(), printed(row, pua.getValue()));
      versions.put(table + ":" + row.rowKey(), row.version());
    }
    return RecordTexts.map(content, s -> replace(s, printed), new SourceVersions(versions));
  }

  private static String printed(GaijiRow row, String source) {
    String printed = printed(row);
    if (printed == null) {
      throw new UndrawableCharacterException(
          source + " via " + row.table() + ":" + row.rowKey() + " " + row.mjCode(), hex(row.pua()));
    }
    return printed;
  }

  /**
   * What a row puts in the text: its {@code ucs}, else the IPAmj glyph its MJ文字図形名 names; null when
   * it names a glyph IPAmj lacks. The glyph check of the result is the renderer's.
   */
  static String printed(GaijiRow row) {
    if (row.ucs() != null && !row.ucs().isBlank()) {
      return row.ucs().strip();
    }
    int glyph = row.mjNumber() < 0 ? -1 : MjFont.shared().glyphOfMj(row.mjNumber());
    return glyph < 0 ? null : Character.toString(FontCatalog.MJ_GLYPH + glyph);
  }

  private static String replace(String s, Map<Integer, String> printed) {
    if (s.codePoints().noneMatch(GaijiRow::isPrivateUse)) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length() + 4);
    s.codePoints().forEach(cp -> out.append(printed.getOrDefault(cp, Character.toString(cp))));
    return out.toString();
  }

  private static String hex(int cp) {
    return String.format("U+%04X", cp);
  }
}

package org.kofu.core.render.font;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes a TrueType font's table directory again with one table replaced, and builds the {@code
 * cmap} a per-document subset needs: FontBox's subsetter writes BMP code points only, and only
 * those the source font's own cmap gives, while a subset here maps a base character to its variant
 * glyph and reaches beyond the BMP.
 */
final class SfntTables {

  private SfntTables() {}

  /** {@code font} with the tables of {@code replaced} replaced (or added). */
  static byte[] replace(byte[] font, Map<String, byte[]> replaced) {
    SortedMap<String, byte[]> tables = tables(font);
    tables.putAll(replaced);
    return write(tables);
  }

  /** {@code font} with only the tables {@code kept}. */
  static byte[] keep(byte[] font, java.util.Collection<String> kept) {
    SortedMap<String, byte[]> tables = tables(font);
    tables.keySet().retainAll(kept);
    return write(tables);
  }

  private static SortedMap<String, byte[]> tables(byte[] font) {
    ByteBuffer in = ByteBuffer.wrap(font);
    int count = in.getShort(4) & 0xFFFF;
    SortedMap<String, byte[]> tables = new TreeMap<>();
    for (int i = 0; i < count; i++) {
      int record = 12 + i * 16;
      byte[] name = new byte[4];
      in.get(record, name);
      int offset = in.getInt(record + 8);
      int length = in.getInt(record + 12);
      byte[] body = new byte[length];
      in.get(offset, body);
      tables.put(new String(name, java.nio.charset.StandardCharsets.ISO_8859_1), body);
    }
    return tables;
  }

  static byte[] write(SortedMap<String, byte[]> tables) {
    int n = tables.size();
    int size = 12 + n * 16;
    for (byte[] t : tables.values()) {
      size += (t.length + 3) & ~3;
    }
    ByteBuffer out = ByteBuffer.allocate(size);
    int log2 = 31 - Integer.numberOfLeadingZeros(n);
    out.putInt(0x00010000).putShort((short) n);
    out.putShort((short) (16 << log2))
        .putShort((short) log2)
        .putShort((short) (16 * n - (16 << log2)));
    // the directory in tag order, as the format wants; the tables' bodies with post first: a
    // format-3 post (a 32-byte header) that ends the file makes FontBox log a WARN ("No PostScript
    // name data") each time it reads the font
    Map<String, Integer> offsets = new java.util.HashMap<>();
    int offset = 12 + n * 16;
    for (String tag : physicalOrder(tables)) {
      byte[] t = tables.get(tag);
      out.put(offset, t);
      offsets.put(tag, offset);
      offset += (t.length + 3) & ~3;
    }
    int record = 12;
    for (Map.Entry<String, byte[]> e : tables.entrySet()) {
      byte[] t = e.getValue();
      out.put(record, e.getKey().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
      out.putInt(record + 4, checksum(t));
      out.putInt(record + 8, offsets.get(e.getKey()));
      out.putInt(record + 12, t.length);
      record += 16;
    }
    return out.array();
  }

  private static java.util.List<String> physicalOrder(SortedMap<String, byte[]> tables) {
    java.util.List<String> order = new java.util.ArrayList<>(tables.keySet());
    if (order.remove("post")) {
      order.add(0, "post");
    }
    return order;
  }

  private static int checksum(byte[] t) {
    int sum = 0;
    for (int i = 0; i < t.length; i += 4) {
      int word = 0;
      for (int j = 0; j < 4; j++) {
        word = (word << 8) | (i + j < t.length ? t[i + j] & 0xFF : 0);
      }
      sum += word;
    }
    return sum;
  }

  /**
   * A {@code name} table naming the font {@code family} (Windows, Unicode BMP, English): a subset
   * of IPAmj is a derived font, which the IPA Font License wants under another name.
   */
  static byte[] name(String family) {
    String[] strings = {family, "Regular", family, family.replace(" ", "")};
    int[] ids = {1, 2, 4, 6};
    int storage = 6 + ids.length * 12;
    int length = 0;
    for (String t : strings) {
      length += t.length() * 2;
    }
    ByteBuffer b = ByteBuffer.allocate(storage + length);
    b.putShort((short) 0).putShort((short) ids.length).putShort((short) storage);
    int offset = 0;
    for (int i = 0; i < ids.length; i++) {
      int bytes = strings[i].length() * 2;
      b.putShort((short) 3).putShort((short) 1).putShort((short) 0x409).putShort((short) ids[i]);
      b.putShort((short) bytes).putShort((short) offset);
      offset += bytes;
    }
    for (String t : strings) {
      b.put(t.getBytes(java.nio.charset.StandardCharsets.UTF_16BE));
    }
    return b.array();
  }

  /**
   * The glyph ids of the names {@code mjNNNNNN} in a {@code post} table of format 2, by MJ number
   * (-1: none). FontBox reads at most 32,768 custom names; IPAmj has 59,161.
   */
  static int[] mjGlyphs(byte[] post, int glyphCount) {
    ByteBuffer b = ByteBuffer.wrap(post);
    int[] byNumber = new int[100_000];
    java.util.Arrays.fill(byNumber, -1);
    if (b.getInt(0) != 0x00020000) {
      return byNumber;
    }
    int count = b.getShort(32) & 0xFFFF;
    java.util.List<String> custom = new java.util.ArrayList<>();
    for (int at = 34 + count * 2; at < post.length; ) {
      int length = post[at] & 0xFF;
      custom.add(new String(post, at + 1, length, java.nio.charset.StandardCharsets.ISO_8859_1));
      at += 1 + length;
    }
    for (int gid = 0; gid < Math.min(count, glyphCount); gid++) {
      int index = b.getShort(34 + gid * 2) & 0xFFFF;
      String name = index >= 258 && index - 258 < custom.size() ? custom.get(index - 258) : "";
      if (name.length() == 8
          && name.startsWith("mj")
          && name.substring(2).chars().allMatch(Character::isDigit)) {
        byNumber[Integer.parseInt(name.substring(2))] = gid;
      }
    }
    return byNumber;
  }

  /**
   * A {@code cmap} with a Windows BMP subtable (format 4) and a Windows full-repertoire one (format
   * 12), each code point its own segment: a subset maps a handful.
   */
  static byte[] cmap(SortedMap<Integer, Integer> glyphs) {
    SortedMap<Integer, Integer> bmp = glyphs.headMap(0x10000);
    int segments = bmp.size() + 1;
    int format4 = 16 + segments * 8;
    int format12 = 16 + glyphs.size() * 12;
    ByteBuffer b = ByteBuffer.allocate(4 + 16 + format4 + format12);
    b.putShort((short) 0).putShort((short) 2);
    b.putShort((short) 3).putShort((short) 1).putInt(20);
    b.putShort((short) 3).putShort((short) 10).putInt(20 + format4);
    int log2 = 31 - Integer.numberOfLeadingZeros(segments);
    b.putShort((short) 4).putShort((short) format4).putShort((short) 0);
    b.putShort((short) (segments * 2)).putShort((short) (2 << log2)).putShort((short) log2);
    b.putShort((short) (segments * 2 - (2 << log2)));
    bmp.keySet().forEach(c -> b.putShort((short) (int) c));
    b.putShort((short) 0xFFFF).putShort((short) 0);
    bmp.keySet().forEach(c -> b.putShort((short) (int) c));
    b.putShort((short) 0xFFFF);
    bmp.forEach((c, g) -> b.putShort((short) (g - c)));
    b.putShort((short) 1);
    for (int i = 0; i < segments; i++) {
      b.putShort((short) 0);
    }
    b.putShort((short) 12).putShort((short) 0).putInt(format12).putInt(0).putInt(glyphs.size());
    glyphs.forEach((c, g) -> b.putInt(c).putInt(c).putInt(g));
    return b.array();
  }
}

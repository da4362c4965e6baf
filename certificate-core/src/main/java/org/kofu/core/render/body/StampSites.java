package org.kofu.core.render.body;

import java.util.List;

/**
 * Where a body's placeholders are, so that stamping is a handful of byte writes. Page content
 * streams are zlib streams of stored blocks: a placeholder's glyph bytes sit verbatim in the file,
 * possibly across a block header, and the stream's Adler-32 must follow them.
 *
 * @param glyphIds the glyph id of each character of {@link #GLYPHS}, in its order
 * @param numbers the 発行番号 placeholder of each page, in page order
 * @param date the 証明日 placeholder
 * @param reserve the invisible glyph reserve, blanked when stamping
 */
public record StampSites(int[] glyphIds, List<Site> numbers, Site date, Site reserve) {

  /** The characters {@link #glyphIds()} follows: the stamp alphabet, then the placeholders. */
  public static final String GLYPHS = Placeholders.GLYPHS;

  /**
   * One placeholder.
   *
   * @param offsets the file offset of each byte of its glyph string (two per glyph)
   * @param weights each byte's distance to the end of the stream's data, modulo 65521, which is how
   *     much a change of that byte moves the Adler-32's second sum
   * @param adlerOffset the file offset of the stream's big-endian Adler-32
   */
  public record Site(int[] offsets, int[] weights, int adlerOffset) {}
}

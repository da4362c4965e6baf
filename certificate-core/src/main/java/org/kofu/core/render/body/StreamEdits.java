package org.kofu.core.render.body;

import java.util.ArrayList;
import java.util.List;

/**
 * The changes of a body's PDF, in file order: ranges of the input replaced by bytes written into
 * {@code replacements}. Positions are indexes into {@code input}, whose PDF is {@code input[base,
 * input.length)} (a cache value's PDF is read where it lies in the value, not copied out); the
 * output is the PDF alone, sized once and written once.
 */
final class StreamEdits {

  /** Input {@code [from, to)} replaced by {@code replacements[at, at + length)}. */
  private record Edit(int from, int to, int at, int length) {
    int delta() {
      return length - (to - from);
    }
  }

  private final byte[] input;
  private final int base;
  private final GrowingBytes replacements;
  private final List<Edit> edits = new ArrayList<>();

  StreamEdits(byte[] input, int base, GrowingBytes replacements) {
    this.input = input;
    this.base = base;
    this.replacements = replacements;
  }

  /** Input {@code [from, to)} replaced by {@code replacements[at, at + length)}. */
  void replace(int from, int to, int at, int length) {
    edits.add(new Edit(from, to, at, length));
  }

  /** Input {@code [from, to)} replaced by {@code value} in decimal digits. */
  void replaceByNumber(int from, int to, int value) {
    int at = replacements.size();
    replacements.putDecimal(value);
    replace(from, to, at, replacements.size() - at);
  }

  boolean isEmpty() {
    return edits.isEmpty();
  }

  /** Where the last change ends in the input. */
  int lastEnd() {
    return edits.get(edits.size() - 1).to();
  }

  /** Where input index {@code p}, outside every change, is in the output PDF. */
  int map(int p) {
    int moved = p - base;
    for (Edit e : edits) {
      if (e.to() <= p) {
        moved += e.delta();
      } else if (e.from() < p) {
        throw new IllegalStateException("offset " + (p - base) + " inside a rewritten range");
      }
    }
    return moved;
  }

  /** The output PDF. */
  byte[] apply() {
    int size = input.length - base;
    for (Edit e : edits) {
      size += e.delta();
    }
    byte[] out = new byte[size];
    byte[] bytes = replacements.bytes();
    int from = base;
    int to = 0;
    for (Edit e : edits) {
      System.arraycopy(input, from, out, to, e.from() - from);
      to += e.from() - from;
      System.arraycopy(bytes, e.at(), out, to, e.length());
      to += e.length();
      from = e.to();
    }
    System.arraycopy(input, from, out, to, input.length - from);
    return out;
  }

  /** Sites given as offsets in the input PDF, moved to where they are in the output. */
  StampSites map(StampSites sites) {
    return new StampSites(
        sites.glyphIds(),
        sites.numbers().stream().map(this::map).toList(),
        map(sites.date()),
        map(sites.reserve()));
  }

  private StampSites.Site map(StampSites.Site site) {
    int[] offsets = site.offsets().clone();
    for (int i = 0; i < offsets.length; i++) {
      offsets[i] = map(base + offsets[i]);
    }
    return new StampSites.Site(offsets, site.weights(), map(base + site.adlerOffset()));
  }
}

package org.kofu.core.render;

/**
 * A zlib stream made only of stored (uncompressed) deflate blocks, as OpenPDF writes at level 0:
 * its data, the file offset of each data byte, and where its Adler-32 is.
 */
record StoredStream(byte[] data, int[] fileOffsets, int adlerOffset) {

  /** The stream starting at {@code start}, or null when it is not a stored-block zlib stream. */
  static StoredStream parse(byte[] pdf, int start) {
    if (start + 2 > pdf.length
        || (pdf[start] & 0x0F) != 8
        || ((pdf[start] & 0xFF) << 8 | (pdf[start + 1] & 0xFF)) % 31 != 0) {
      return null;
    }
    int at = start + 2;
    int total = 0;
    boolean last = false;
    while (!last) {
      if (at + 5 > pdf.length || (pdf[at] & 0x06) != 0) {
        return null;
      }
      last = (pdf[at] & 1) == 1;
      int len = (pdf[at + 1] & 0xFF) | (pdf[at + 2] & 0xFF) << 8;
      int nlen = (pdf[at + 3] & 0xFF) | (pdf[at + 4] & 0xFF) << 8;
      if ((len ^ 0xFFFF) != nlen || at + 5 + len > pdf.length) {
        return null;
      }
      total += len;
      at += 5 + len;
    }
    byte[] data = new byte[total];
    int[] offsets = new int[total];
    int block = start + 2;
    int filled = 0;
    while (block < at) {
      int len = (pdf[block + 1] & 0xFF) | (pdf[block + 2] & 0xFF) << 8;
      System.arraycopy(pdf, block + 5, data, filled, len);
      for (int i = 0; i < len; i++) {
        offsets[filled + i] = block + 5 + i;
      }
      filled += len;
      block += 5 + len;
    }
    return new StoredStream(data, offsets, at);
  }
}

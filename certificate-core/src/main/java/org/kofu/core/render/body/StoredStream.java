package org.kofu.core.render.body;

/**
 * A zlib stream made only of stored (uncompressed) deflate blocks, as OpenPDF writes at level 0:
 * its data, the file offset of each data byte, and where its Adler-32 is.
 */
record StoredStream(byte[] data, int[] fileOffsets, int adlerOffset) {

  /** The stream starting at {@code start}, or null when it is not a stored-block zlib stream. */
  static StoredStream parse(byte[] pdf, int start) {
    int at = blocksEnd(pdf, start, pdf.length);
    if (at < 0) {
      return null;
    }
    int total = 0;
    for (int block = start + 2; block < at; block += 5 + blockLength(pdf, block)) {
      total += blockLength(pdf, block);
    }
    byte[] data = new byte[total];
    int[] offsets = new int[total];
    int block = start + 2;
    int filled = 0;
    while (block < at) {
      int len = blockLength(pdf, block);
      System.arraycopy(pdf, block + 5, data, filled, len);
      for (int i = 0; i < len; i++) {
        offsets[filled + i] = block + 5 + i;
      }
      filled += len;
      block += 5 + len;
    }
    return new StoredStream(data, offsets, at);
  }

  /** Whether a zlib header (deflate, header checksum) starts at {@code at}. */
  static boolean zlibHeader(byte[] pdf, int at) {
    return at + 2 <= pdf.length
        && (pdf[at] & 0x0F) == 8
        && ((pdf[at] & 0xFF) << 8 | (pdf[at + 1] & 0xFF)) % 31 == 0;
  }

  /**
   * Where the stored blocks of the zlib stream at {@code start} end (its Adler-32), or -1 when they
   * are not stored blocks within {@code limit}. Reads the block headers only.
   */
  static int blocksEnd(byte[] pdf, int start, int limit) {
    if (!zlibHeader(pdf, start)) {
      return -1;
    }
    int at = start + 2;
    boolean last = false;
    while (!last) {
      if (at + 5 > limit || (pdf[at] & 0x06) != 0) {
        return -1;
      }
      last = (pdf[at] & 1) == 1;
      int len = blockLength(pdf, at);
      int nlen = (pdf[at + 3] & 0xFF) | (pdf[at + 4] & 0xFF) << 8;
      if ((len ^ 0xFFFF) != nlen || at + 5 + len > limit) {
        return -1;
      }
      at += 5 + len;
    }
    return at;
  }

  /** The data length in the header of the stored block at {@code block}. */
  static int blockLength(byte[] pdf, int block) {
    return (pdf[block + 1] & 0xFF) | (pdf[block + 2] & 0xFF) << 8;
  }
}

package org.kofu.core.render.font;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A TrueType font read from its file as needed: its small tables once, its glyphs one by one (the
 * {@code glyf} table of IPAmj明朝 is 45 MB, which a process would otherwise hold in its heap, and
 * reading the whole file at once left up to three transient copies of it in the heap). Positional
 * reads: safe on any number of threads.
 */
final class FontFile {

  private final Path path;
  // a channel is closed for every thread when one thread is interrupted in a read (the relay
  // cancels a rendering past its budget so): the next read opens it again
  private volatile FileChannel channel;
  // offset and length in the file by tag
  private final Map<String, long[]> tables = new HashMap<>();

  FontFile(Path path) throws IOException {
    this.path = path;
    channel = FileChannel.open(path, StandardOpenOption.READ);
    ByteBuffer header = read(0, 12);
    int count = header.getShort(4) & 0xFFFF;
    ByteBuffer records = read(12, count * 16);
    for (int i = 0; i < count; i++) {
      byte[] tag = new byte[4];
      records.get(i * 16, tag);
      long offset = records.getInt(i * 16 + 8) & 0xFFFFFFFFL;
      long length = records.getInt(i * 16 + 12) & 0xFFFFFFFFL;
      tables.put(new String(tag, StandardCharsets.ISO_8859_1), new long[] {offset, length});
    }
  }

  /**
   * A font of the tables {@code kept} as they are, with an empty {@code glyf}: enough for FontBox
   * to read the cmap, the metrics and {@code loca} without the glyphs.
   */
  byte[] skeleton(Collection<String> kept) throws IOException {
    SortedMap<String, byte[]> out = new TreeMap<>();
    for (String tag : kept) {
      long[] t = tables.get(tag);
      if (t != null && !tag.equals("glyf")) {
        out.put(tag, read(t[0], (int) t[1]).array());
      }
    }
    out.put("glyf", new byte[0]);
    return SfntTables.write(out);
  }

  /** The bytes of one glyph at {@code offset} in the {@code glyf} table. */
  byte[] glyph(long offset, int length) {
    try {
      return read(tables.get("glyf")[0] + offset, length).array();
    } catch (IOException e) {
      throw new UncheckedIOException("reading a glyph of IPAmj明朝", e);
    }
  }

  private ByteBuffer read(long position, int length) throws IOException {
    for (int attempt = 1; ; attempt++) {
      FileChannel c = channel;
      try {
        ByteBuffer b = ByteBuffer.allocate(length);
        while (b.hasRemaining()) {
          if (c.read(b, position + b.position()) < 0) {
            throw new EOFException("font file ends at " + (position + b.position()));
          }
        }
        return b.flip();
      } catch (ClosedChannelException e) {
        reopen(c);
        // the interrupted thread's own rendering was abandoned; another thread's read again
        if (Thread.currentThread().isInterrupted() || attempt == 3) {
          throw e;
        }
      }
    }
  }

  private synchronized void reopen(FileChannel closed) throws IOException {
    if (channel == closed) {
      channel = FileChannel.open(path, StandardOpenOption.READ);
    }
  }
}

package org.kofu.core.render.body;

import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.Adler32;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * What rewriting a body's streams works with, kept from one body to the next: deflaters at the
 * fastest level (zlib and raw), an inflater, the replacement bytes ({@link #out()}) and a buffer
 * for a stream's data gathered from its stored blocks. A deflater made for each stream cost its
 * native state (a few hundred KB, freed only by {@code end()} or the GC's cleaner) and each stream
 * its own growing buffers: most of what a cache hit allocated.
 *
 * <p>Taken for one body and closed after it; a few idle ones are pooled (the relay's threads are
 * many, its cores few), others are ended on close. Each deflater is reset before its use, so it
 * deflates as a new one would: the served bytes are the same.
 */
final class ZlibWorkspace implements AutoCloseable {

  /** Idle ones kept, about 0.8 MB each (the deflaters' native state and the buffers). */
  private static final int POOLED = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());

  /** A workspace whose buffers grew past this (a body of many pages) is not kept. */
  private static final int KEPT_BYTES = 4 << 20;

  private static final byte[] NO_INPUT = new byte[0];
  private static final ConcurrentLinkedDeque<ZlibWorkspace> IDLE = new ConcurrentLinkedDeque<>();
  private static final AtomicInteger IDLE_COUNT = new AtomicInteger();

  private final Deflater zlib = new Deflater(Deflater.BEST_SPEED);
  private final Deflater raw = new Deflater(Deflater.BEST_SPEED, true);
  private final Inflater inflater = new Inflater();
  private final Adler32 adler = new Adler32();
  private final GrowingBytes out = new GrowingBytes(128 * 1024);
  private byte[] gathered = new byte[128 * 1024];

  private ZlibWorkspace() {}

  static ZlibWorkspace take() {
    ZlibWorkspace idle = IDLE.pollFirst();
    if (idle == null) {
      return new ZlibWorkspace();
    }
    IDLE_COUNT.decrementAndGet();
    return idle;
  }

  /** The replacement bytes written for the current body. */
  GrowingBytes out() {
    return out;
  }

  /** {@code src[offset, offset + length)} as one zlib stream at the fastest level, into out. */
  void deflate(byte[] src, int offset, int length) {
    zlib.reset();
    zlib.setInput(src, offset, length);
    out.deflate(zlib, true, length / 2 + 64);
  }

  /**
   * {@code src[offset, offset + length)} as raw deflate blocks at the fastest level on a fresh
   * window, into out: the last one final when {@code last}, else ended by a sync flush.
   */
  void deflateRaw(byte[] src, int offset, int length, boolean last) {
    raw.reset();
    raw.setInput(src, offset, length);
    out.deflate(raw, last, length + length / 8 + 64);
  }

  /** The inflater, reset. */
  Inflater inflater() {
    inflater.reset();
    return inflater;
  }

  int adler(byte[] src, int offset, int length) {
    adler.reset();
    adler.update(src, offset, length);
    return (int) adler.getValue();
  }

  /** A buffer of at least {@code capacity} bytes, holding what the last one returned held. */
  byte[] gathered(int capacity) {
    if (gathered.length < capacity) {
      gathered = Arrays.copyOf(gathered, Math.max(capacity, gathered.length * 2));
    }
    return gathered;
  }

  @Override
  public void close() {
    out.clear();
    boolean small = out.capacity() <= KEPT_BYTES && gathered.length <= KEPT_BYTES;
    if (small && IDLE_COUNT.incrementAndGet() <= POOLED) {
      // lets go of the last input (a body) without clearing the state each use resets anyway
      zlib.setInput(NO_INPUT);
      raw.setInput(NO_INPUT);
      inflater.setInput(NO_INPUT);
      IDLE.offerFirst(this);
      return;
    }
    if (small) {
      IDLE_COUNT.decrementAndGet();
    }
    end();
  }

  private void end() {
    zlib.end();
    raw.end();
    inflater.end();
  }
}

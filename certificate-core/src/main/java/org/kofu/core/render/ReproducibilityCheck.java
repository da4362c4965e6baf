package org.kofu.core.render;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * When {@link StreamExpansion} deflates a stream again to make sure that restoring gives its very
 * bytes back. The PDF writer deflates font programs and maps at the fastest level with this JVM's
 * zlib, so such streams reproduce: each is checked until {@code trustAfter} have reproduced, then
 * one in {@code sampleOneIn} (by CRC-32), and every one again after any mismatch. A stream that was
 * not checked and would not reproduce is refused at restore (its CRC-32 differs): a cache miss,
 * never a wrong body. Checking every stream cost more than half of encoding a body for the cache.
 */
final class ReproducibilityCheck {

  static final ReproducibilityCheck SHARED = new ReproducibilityCheck(1_000, 64);

  private final int trustAfter;
  private final int sampleOneIn;
  private final AtomicInteger reproduced = new AtomicInteger();

  ReproducibilityCheck(int trustAfter, int sampleOneIn) {
    this.trustAfter = trustAfter;
    this.sampleOneIn = sampleOneIn;
  }

  /** Whether a stream deflated at the fastest level, whose bytes have this CRC-32, is checked. */
  boolean mustCheck(int crc) {
    return reproduced.get() < trustAfter || Math.floorMod(crc, sampleOneIn) == 0;
  }

  void reproduced() {
    reproduced.getAndUpdate(n -> n < trustAfter ? n + 1 : n);
  }

  void failed() {
    reproduced.set(0);
  }
}

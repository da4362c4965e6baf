package org.kofu.batch.full;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.batch.core.ChunkListener;
import org.springframework.batch.core.scope.context.ChunkContext;

/** Stands in for a kill: once armed, the run fails after {@code n} more chunks, once. */
final class FailAfterChunks implements ChunkListener {

  private final AtomicInteger remaining = new AtomicInteger(-1);

  void arm(int chunks) {
    remaining.set(chunks);
  }

  @Override
  public void afterChunk(ChunkContext context) {
    if (remaining.getAndUpdate(n -> n > 0 ? n - 1 : n) == 1) {
      remaining.set(-1);
      throw new IllegalStateException("simulated kill");
    }
  }
}

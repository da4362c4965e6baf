package org.kofu.relay.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CacheCallsTests {

  private static final Duration READ = Duration.ofMillis(300);

  @Test
  void aReadAheadAnswersWhileTheRequestDoesOtherWork() throws Exception {
    CacheCalls calls = new CacheCalls(READ, READ, 2);
    CountDownLatch read = new CountDownLatch(1);

    CacheCalls.Pending<String> pending =
        calls.readAhead(
            () -> {
              read.countDown();
              return "body";
            });
    assertThat(read.await(2, TimeUnit.SECONDS)).as("read before it is awaited").isTrue();

    assertThat(pending.await()).contains("body");
  }

  @Test
  void aReadAheadsBoundCountsFromItsStartNotFromTheAwait() throws Exception {
    CacheCalls calls = new CacheCalls(READ, READ, 2);
    CountDownLatch never = new CountDownLatch(1);
    long start = System.nanoTime();

    CacheCalls.Pending<String> pending =
        calls.readAhead(
            () -> {
              awaitQuietly(never);
              return "late";
            });
    Thread.sleep(200);
    Optional<String> answer = pending.await();
    long tookMs = (System.nanoTime() - start) / 1_000_000;
    never.countDown();

    assertThat(answer).isEmpty();
    assertThat(tookMs).isBetween(READ.toMillis(), READ.toMillis() + 150);
  }

  @Test
  void aReadAheadWithEveryCallThreadBusyIsAMissAtOnce() {
    CacheCalls calls = new CacheCalls(READ, READ, 1);
    CountDownLatch never = new CountDownLatch(1);
    try {
      calls.readAhead(() -> awaitQuietly(never));

      long start = System.nanoTime();
      Optional<String> answer = calls.readAhead(() -> "body").await();

      assertThat(answer).isEmpty();
      assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(READ.toMillis());
    } finally {
      never.countDown();
    }
  }

  private static String awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return "late";
  }
}

package org.kofu.relay.support;

import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A few threads sending requests in a loop until stopped, each answer recorded with when it was
 * sent and when it came back ({@link System#nanoTime()}), so that a test can tell the requests sent
 * after an event from those in flight while it happened.
 */
public final class TimedLoad implements AutoCloseable {

  /** One request sent. */
  @FunctionalInterface
  public interface Send {
    HttpResponse<byte[]> send() throws Exception;
  }

  /** One answer: request {@code index} of the list, sent and answered at those nano times. */
  public record Sent(int index, long sentAt, long answeredAt, int status, String body) {}

  private final ExecutorService threads;
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
  private final List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());

  private TimedLoad(int threadCount, List<Send> requests) {
    threads = Executors.newFixedThreadPool(threadCount);
    for (int t = 0; t < threadCount; t++) {
      int first = t;
      threads.execute(() -> loop(requests, first));
    }
  }

  /** Starts {@code threadCount} threads, each cycling through {@code requests}. */
  public static TimedLoad start(int threadCount, List<Send> requests) {
    return new TimedLoad(threadCount, requests);
  }

  private void loop(List<Send> requests, int first) {
    for (int i = first; running.get(); i++) {
      int index = i % requests.size();
      long sentAt = System.nanoTime();
      try {
        HttpResponse<byte[]> answer = requests.get(index).send();
        sent.add(
            new Sent(
                index,
                sentAt,
                System.nanoTime(),
                answer.statusCode(),
                new String(answer.body(), StandardCharsets.UTF_8)));
      } catch (Exception e) {
        failures.add(e);
        return;
      }
    }
  }

  /**
   * Lets the load run for {@code atLeastMillis}, then on until {@code done} holds of the answers so
   * far (slow machines), for at most a minute.
   */
  public void runFor(long atLeastMillis, Predicate<List<Sent>> done) {
    try {
      await()
          .pollDelay(Duration.ofMillis(atLeastMillis))
          .pollInterval(Duration.ofMillis(50))
          .atMost(Duration.ofMillis(atLeastMillis).plusMinutes(1))
          .until(() -> done.test(answers()));
    } catch (ConditionTimeoutException e) {
      // the caller's assertions on the answers say what is missing
    }
  }

  /** The answers so far. */
  public List<Sent> answers() {
    synchronized (sent) {
      return List.copyOf(sent);
    }
  }

  /** Stops sending, waits for the requests in flight and returns every answer. */
  public List<Sent> stop() throws InterruptedException {
    running.set(false);
    threads.shutdown();
    if (!threads.awaitTermination(60, TimeUnit.SECONDS)) {
      throw new IllegalStateException("requests still in flight after 60 s");
    }
    if (!failures.isEmpty()) {
      throw new IllegalStateException("a request failed", failures.get(0));
    }
    return answers();
  }

  @Override
  public void close() {
    running.set(false);
    threads.shutdownNow();
  }
}

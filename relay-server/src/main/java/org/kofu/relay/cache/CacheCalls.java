package org.kofu.relay.cache;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Calls to the cache cluster, on threads of their own ({@link CacheCallThreads}), with a bound of
 * their own, well inside the request's budget: the cache is optional (a miss is rendered on
 * demand), so a member that is slow, leaving or frozen costs a request at most the read and the
 * write timeouts, never its answer. A call that runs over goes on in the background to the client's
 * own timeouts; its answer is dropped.
 */
@Component
public class CacheCalls {

  private final Duration readTimeout;
  private final Duration writeTimeout;
  private final ThreadPoolTaskExecutor calls;

  @Autowired
  CacheCalls(
      CacheClientProperties properties,
      @Qualifier(CacheCallThreads.BEAN) ThreadPoolTaskExecutor calls) {
    this(properties.readTimeout(), properties.writeTimeout(), calls);
  }

  /** Outside Spring (tests), on threads of its own that are daemons and never shut down. */
  public CacheCalls(Duration readTimeout, Duration writeTimeout, int threads) {
    this(readTimeout, writeTimeout, initialized(CacheCallThreads.executor(threads)));
  }

  private CacheCalls(Duration readTimeout, Duration writeTimeout, ThreadPoolTaskExecutor calls) {
    this.readTimeout = readTimeout;
    this.writeTimeout = writeTimeout;
    this.calls = calls;
  }

  private static ThreadPoolTaskExecutor initialized(ThreadPoolTaskExecutor executor) {
    executor.initialize();
    return executor;
  }

  /** A read's answer, or empty when it has none within the read timeout. */
  public <T> Optional<T> read(Supplier<T> call) {
    return within(readTimeout, call);
  }

  /** A write's answer, or empty when it has none within the write timeout. */
  public <T> Optional<T> write(Supplier<T> call) {
    return within(writeTimeout, call);
  }

  /**
   * A read started now and awaited later, so that the request does other work meanwhile; the read
   * timeout counts from now.
   */
  public <T> Pending<T> readAhead(Supplier<T> call) {
    return new Pending<>(submit(call), System.nanoTime() + readTimeout.toNanos());
  }

  /** A read under way ({@link #readAhead}). */
  public static final class Pending<T> {
    private final Future<T> answer;
    private final long deadline;

    private Pending(Future<T> answer, long deadline) {
      this.answer = answer;
      this.deadline = deadline;
    }

    /** The read's answer, or empty when it had none by its deadline. */
    public Optional<T> await() {
      return answer(answer, Math.max(0, deadline - System.nanoTime()));
    }
  }

  private <T> Optional<T> within(Duration timeout, Supplier<T> call) {
    return answer(submit(call), timeout.toNanos());
  }

  /** The call submitted, or null when every cache-call thread is busy (a miss). */
  private <T> Future<T> submit(Supplier<T> call) {
    try {
      return calls.submit(call::get);
    } catch (RejectedExecutionException e) {
      return null;
    }
  }

  private static <T> Optional<T> answer(Future<T> answer, long timeoutNanos) {
    if (answer == null) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(answer.get(timeoutNanos, TimeUnit.NANOSECONDS));
    } catch (TimeoutException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}

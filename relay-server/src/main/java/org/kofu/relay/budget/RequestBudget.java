package org.kofu.relay.budget;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.kofu.relay.problem.RelayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs a request's work on a worker thread ({@link RequestWorkers}) and waits for it at most the
 * budget. Past it the request is answered 503 SOURCE_UNAVAILABLE with Retry-After; the worker is
 * not interrupted (an interrupt in the middle of a JDBC call can break the connection for the next
 * user) but goes on to its own end, bounded by the pools' and the cache client's timeouts, and
 * commits nothing once its deadline has passed ({@link Deadline#requireTimeLeft()}), logging its
 * refusal as any other.
 */
@Component
public class RequestBudget {

  private static final Logger log = LoggerFactory.getLogger(RequestBudget.class);

  private final Duration budget;
  private final Duration retryAfter;
  private final ThreadPoolTaskExecutor workers;

  RequestBudget(
      BudgetProperties properties, @Qualifier(RequestWorkers.BEAN) ThreadPoolTaskExecutor workers) {
    this.budget = properties.request();
    this.retryAfter = properties.retryAfter();
    this.workers = workers;
  }

  /** {@code work}'s answer, or 503 when it has none within the budget. */
  public <T> T within(Supplier<T> work) {
    long deadline = System.nanoTime() + budget.toNanos();
    Future<T> answer;
    try {
      answer =
          workers.submit(
              () -> {
                Deadline.set(deadline, retryAfter);
                try {
                  return work.get();
                } finally {
                  Deadline.clear();
                }
              });
    } catch (RejectedExecutionException e) {
      log.warn("all {} request workers busy: 503", workers.getMaxPoolSize());
      throw spent(retryAfter);
    }
    try {
      return answer.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      log.warn("a request was not answered within {} ms: 503", budget.toMillis());
      throw spent(retryAfter);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw spent(retryAfter);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  static RelayException spent(Duration retryAfter) {
    return RelayException.unavailable(
        "SOURCE_UNAVAILABLE", "the request could not be answered in time", retryAfter);
  }
}

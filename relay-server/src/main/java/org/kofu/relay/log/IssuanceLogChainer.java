package org.kofu.relay.log;

import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.kofu.projectdb.chain.HashChain;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Links the issuance log's queued records into the hash chain on a thread of its own ({@link
 * ChainerScheduler}), {@code chain-delay} after a request of this node queued one, and every {@code
 * chain-sweep} for records that a stopped node left. Requests never wait for the chain's head lock:
 * a slow commit delays the chaining, not the answers. Starts before the web server and stops after
 * it, chaining what is left.
 */
@Component
public class IssuanceLogChainer implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(IssuanceLogChainer.class);

  private final HashChain chain;
  private final IssuanceLogProperties properties;
  private final TaskScheduler scheduler;

  /** A chaining is scheduled and has not started: the records queued meanwhile go with it. */
  private final AtomicBoolean pending = new AtomicBoolean();

  /** Held while chaining, so that the last chaining at shutdown follows the one in progress. */
  private final ReentrantLock chaining = new ReentrantLock();

  private volatile boolean running;
  private ScheduledFuture<?> sweep;

  IssuanceLogChainer(
      DataSource projectDataSource,
      IssuanceLogProperties properties,
      @Qualifier(ChainerScheduler.BEAN) TaskScheduler scheduler) {
    this.chain = new HashChain(projectDataSource);
    this.properties = properties;
    this.scheduler = scheduler;
  }

  /** A record was committed to the queue. */
  void queued() {
    if (!running || !pending.compareAndSet(false, true)) {
      return;
    }
    try {
      scheduler.schedule(this::chainQueued, Instant.now().plus(properties.chainDelay()));
    } catch (TaskRejectedException e) {
      // stopping: the last chaining at shutdown links it
      pending.set(false);
    }
  }

  /** Links every record queued so far, in the caller's thread; returns how many. */
  public int chainAll() {
    chaining.lock();
    try {
      int total = 0;
      int chained;
      do {
        chained = chain.drain(IssuanceLog.TABLE, properties.chainBatch());
        total += chained;
      } while (chained == properties.chainBatch());
      return total;
    } finally {
      chaining.unlock();
    }
  }

  private void chainQueued() {
    pending.set(false);
    chainInBackground();
  }

  private void chainInBackground() {
    if (!running) {
      return;
    }
    try {
      chainAll();
    } catch (RuntimeException e) {
      // the project database unreachable: the records wait in the queue until the next round
      log.warn("issuance log chaining failed: {}", e.getClass().getSimpleName());
    }
  }

  @Override
  public synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    sweep = scheduler.scheduleWithFixedDelay(this::chainInBackground, properties.chainSweep());
  }

  @Override
  public synchronized void stop() {
    if (!running) {
      return;
    }
    running = false;
    sweep.cancel(false);
    try {
      if (chaining.tryLock(10, TimeUnit.SECONDS)) {
        try {
          chainAll();
        } finally {
          chaining.unlock();
        }
      } else {
        log.warn("issuance log chaining still in progress at shutdown, left to it");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      log.warn(
          "issuance log chaining at shutdown failed, another node or the next start chains the"
              + " rest: {}",
          e.getClass().getSimpleName());
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Below the web server's phases: running before the first request, stopped after the last. */
  @Override
  public int getPhase() {
    return SmartLifecycle.DEFAULT_PHASE - 4096;
  }
}

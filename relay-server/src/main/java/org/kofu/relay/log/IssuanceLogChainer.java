package org.kofu.relay.log;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.kofu.projectdb.chain.HashChain;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Links the issuance log's queued records into the hash chain on a thread of its own, shortly after
 * a request of this node queued one, and every sweep interval for records that a stopped node left.
 * Requests never wait for the chain's head lock: a slow commit delays the chaining, not the
 * answers. Starts before the web server and stops after it, chaining what is left.
 */
@Component
public class IssuanceLogChainer implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(IssuanceLogChainer.class);

  private final HashChain chain;
  private final IssuanceLogProperties properties;
  private final Semaphore queued = new Semaphore(0);
  private volatile boolean running;
  private Thread thread;

  IssuanceLogChainer(DataSource projectDataSource, IssuanceLogProperties properties) {
    this.chain = new HashChain(projectDataSource);
    this.properties = properties;
  }

  /** A record was committed to the queue. */
  void queued() {
    queued.release();
  }

  /** Links every record queued so far, in the caller's thread; returns how many. */
  public int chainAll() {
    int total = 0;
    int chained;
    do {
      chained = chain.drain(IssuanceLog.TABLE, properties.chainBatch());
      total += chained;
    } while (chained == properties.chainBatch());
    return total;
  }

  private void run() {
    while (running) {
      try {
        if (queued.tryAcquire(properties.chainSweep().toMillis(), TimeUnit.MILLISECONDS)
            && !properties.chainDelay().isZero()) {
          Thread.sleep(properties.chainDelay().toMillis());
        }
        queued.drainPermits();
        chainAll();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // the project database unreachable: the records wait in the queue until the next round
        log.warn("issuance log chaining failed: {}", e.getClass().getSimpleName());
      }
    }
  }

  @Override
  public synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    thread = new Thread(this::run, "kofu-issuance-log-chainer");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public synchronized void stop() {
    if (!running) {
      return;
    }
    running = false;
    queued.release();
    try {
      thread.join(TimeUnit.SECONDS.toMillis(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      chainAll();
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

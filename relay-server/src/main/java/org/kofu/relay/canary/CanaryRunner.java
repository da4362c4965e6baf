package org.kofu.relay.canary;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When the canary runs: once Spring Boot first declares the node ready (the listener is open: the
 * canary goes through it), which it takes back at once until the canary passes; again after a while
 * when the service was closed; and whenever an officer asks from the admin ({@code canary_request},
 * V27_1, polled), on every relay. One thread of its own: a run waits on the node's own request
 * threads.
 */
@Component
@ConditionalOnWebApplication // not in the chain-verifying command (kofu.relay.verify-log)
class CanaryRunner implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(CanaryRunner.class);

  private final Canary canary;
  private final CanaryStatus status;
  private final CanaryProperties properties;
  private final JdbcClient jdbc;
  private final ApplicationAvailability availability;
  private final AtomicBoolean started = new AtomicBoolean();
  private final ScheduledExecutorService thread =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "kofu-canary-1");
            t.setDaemon(true);
            return t;
          });
  private volatile long lastRequest;

  CanaryRunner(
      Canary canary,
      CanaryStatus status,
      CanaryProperties properties,
      DataSource projectDb,
      ApplicationAvailability availability) {
    this.availability = availability;
    this.canary = canary;
    this.status = status;
    this.properties = properties;
    this.jdbc = JdbcClient.create(projectDb);
  }

  @EventListener
  void onReadiness(AvailabilityChangeEvent<ReadinessState> event) {
    if (event.getState() != ReadinessState.ACCEPTING_TRAFFIC || event.getSource() == status) {
      return;
    }
    if (!started.compareAndSet(false, true)) {
      return;
    }
    if (properties.mode() == CanaryProperties.Mode.OFF) {
      status.record(
          new CanaryResult(CanaryResult.State.OPTED_OUT, null, "kofu.relay.canary.mode=OFF", null),
          "relay");
      return;
    }
    lastRequest = latestRequest();
    thread.execute(
        () -> {
          try {
            status.starting(availability);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
          run("relay");
        });
    long poll = properties.poll().toMillis();
    thread.scheduleWithFixedDelay(this::pollRequests, poll, poll, TimeUnit.MILLISECONDS);
  }

  private void run(String actor) {
    CanaryResult result;
    try {
      result = canary.run();
    } catch (Exception e) {
      result =
          CanaryResult.failed(
              "issuance",
              "the canary could not run: " + e.getClass().getSimpleName(),
              canary.now());
    }
    status.record(result, actor);
    if (result.state() == CanaryResult.State.WAITING) {
      thread.schedule(() -> run(actor), properties.retry().toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private void pollRequests() {
    try {
      long latest = latestRequest();
      if (latest > lastRequest) {
        lastRequest = latest;
        String by =
            jdbc.sql("SELECT requested_by FROM canary_request WHERE id = ?")
                .param(latest)
                .query(String.class)
                .single();
        run(by);
      }
    } catch (RuntimeException e) {
      log.warn("canary requests not readable: {}", e.getClass().getSimpleName());
    }
  }

  private long latestRequest() {
    Long max =
        jdbc.sql("SELECT MAX(id) FROM canary_request").query(Long.class).optional().orElse(null);
    return max == null ? 0 : max;
  }

  @Override
  public void destroy() {
    thread.shutdownNow();
  }
}

package org.kofu.batch.delta;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Off once the node starts shutting down: a running {@code continuousDelta} then ends after its
 * current pass (COMPLETED), so that Quartz, which waits for running jobs on shutdown, does not wait
 * for the end of service hours. The event comes before any bean is destroyed.
 */
final class ContinuousDeltaSwitch implements ApplicationListener<ContextClosedEvent> {

  private final AtomicBoolean on = new AtomicBoolean(true);

  boolean on() {
    return on.get();
  }

  @Override
  public void onApplicationEvent(ContextClosedEvent event) {
    on.set(false);
  }
}

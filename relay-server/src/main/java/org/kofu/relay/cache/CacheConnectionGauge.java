package org.kofu.relay.cache;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.LifecycleEvent.LifecycleState;
import com.hazelcast.instance.impl.HazelcastInstanceProxy;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code kofu_cache_connected}: 1 while this relay reaches the cache cluster, 0 while it renders
 * every certificate on demand (alert {@code KofuCacheDisconnected}). An embedded member is always
 * connected; a client follows its connection events.
 */
@Component
class CacheConnectionGauge implements MeterBinder {

  private static final Logger log = LoggerFactory.getLogger(CacheConnectionGauge.class);

  private final AtomicBoolean connected = new AtomicBoolean();

  CacheConnectionGauge(HazelcastInstance hazelcast) {
    hazelcast
        .getLifecycleService()
        .addLifecycleListener(
            event -> {
              if (event.getState() == LifecycleState.CLIENT_CONNECTED) {
                set(true);
              } else if (event.getState() == LifecycleState.CLIENT_DISCONNECTED
                  || event.getState() == LifecycleState.SHUTTING_DOWN) {
                set(false);
              }
            });
    // the listener may have come after the first connection: ask once
    if (hazelcast instanceof HazelcastInstanceProxy || isConnectedClient(hazelcast)) {
      set(hazelcast.getLifecycleService().isRunning());
    }
  }

  private static boolean isConnectedClient(HazelcastInstance hazelcast) {
    try {
      return !hazelcast.getCluster().getMembers().isEmpty();
    } catch (RuntimeException e) {
      return false;
    }
  }

  private void set(boolean now) {
    if (connected.getAndSet(now) != now) {
      log.info(now ? "cache cluster connected" : "cache cluster away: rendering on demand");
    }
  }

  boolean connected() {
    return connected.get();
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("kofu.cache.connected", this, g -> g.connected() ? 1 : 0)
        .description("1 while the relay reaches the cache cluster, 0 while it renders on demand")
        .register(registry);
  }
}

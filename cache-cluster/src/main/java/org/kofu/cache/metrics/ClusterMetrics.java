package org.kofu.cache.metrics;

import com.hazelcast.core.HazelcastInstance;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The cluster as this process sees it: {@code kofu.cache.cluster.members} (members in its view; a
 * lost member lowers it on every survivor) and {@code kofu.cache.cluster.safe} (1 when no partition
 * is migrating or without its backup, so a next member may be restarted).
 */
public final class ClusterMetrics implements MeterBinder {

  private final HazelcastInstance hazelcast;

  public ClusterMetrics(HazelcastInstance hazelcast) {
    this.hazelcast = hazelcast;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("kofu.cache.cluster.members", hazelcast, h -> h.getCluster().getMembers().size())
        .description("cache members in this process's view of the cluster")
        .register(registry);
    Gauge.builder("kofu.cache.cluster.safe", hazelcast, ClusterMetrics::safe)
        .description("1 when every partition has its backup and none is migrating")
        .register(registry);
  }

  private static double safe(HazelcastInstance hazelcast) {
    try {
      return hazelcast.getPartitionService().isClusterSafe() ? 1 : 0;
    } catch (UnsupportedOperationException e) {
      return Double.NaN;
    }
  }
}

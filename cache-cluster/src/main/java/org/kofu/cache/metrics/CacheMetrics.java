package org.kofu.cache.metrics;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.map.LocalMapStats;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.ToDoubleFunction;
import org.kofu.cache.contract.CacheMaps;
import org.kofu.cache.contract.CertificateCache;

/**
 * The cache's meters: on a member, what it owns of the bodies map (entries are persons, memory in
 * bytes, evictions, expirations); where a {@link CertificateCache} is used, its reads by result.
 */
public final class CacheMetrics implements MeterBinder {

  private final HazelcastInstance hazelcast;
  private final CertificateCache cache;

  /**
   * @param cache the process's cache API, or null where bodies are neither read nor written
   */
  public CacheMetrics(HazelcastInstance hazelcast, CertificateCache cache) {
    this.hazelcast = hazelcast;
    this.cache = cache;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    if (isMember()) {
      IMap<?, ?> bodies = hazelcast.getMap(CacheMaps.BODIES);
      gauge(
          registry,
          "kofu.cache.entries",
          "persons with cached bodies or tombstones",
          bodies,
          LocalMapStats::getOwnedEntryCount);
      gauge(
          registry,
          "kofu.cache.memory.owned",
          "bytes of owned entries",
          bodies,
          LocalMapStats::getOwnedEntryMemoryCost);
      gauge(
          registry,
          "kofu.cache.memory.backup",
          "bytes of backup entries",
          bodies,
          LocalMapStats::getBackupEntryMemoryCost);
      gauge(
          registry,
          "kofu.cache.member.hits",
          "reads of the owned entries since they arrived on this member",
          bodies,
          LocalMapStats::getHits);
      counter(registry, "kofu.cache.member.gets", bodies, LocalMapStats::getGetOperationCount);
      counter(registry, "kofu.cache.evictions", bodies, LocalMapStats::getEvictionCount);
      counter(registry, "kofu.cache.expirations", bodies, LocalMapStats::getExpirationCount);
    }
    if (cache != null) {
      for (String result : new String[] {"hits", "misses", "failures"}) {
        FunctionCounter.builder("kofu.cache.reads", cache, c -> c.counts().get(result))
            .tag("result", result)
            .description("certificate cache reads in this process")
            .register(registry);
      }
    }
  }

  private boolean isMember() {
    try {
      hazelcast.getCluster().getLocalMember();
      return true;
    } catch (UnsupportedOperationException e) {
      return false;
    }
  }

  private static void gauge(
      MeterRegistry registry,
      String name,
      String description,
      IMap<?, ?> map,
      ToDoubleFunction<LocalMapStats> value) {
    Gauge.builder(name, map, m -> value.applyAsDouble(m.getLocalMapStats()))
        .tag("map", map.getName())
        .description(description)
        .register(registry);
  }

  private static void counter(
      MeterRegistry registry, String name, IMap<?, ?> map, ToDoubleFunction<LocalMapStats> value) {
    FunctionCounter.builder(name, map, m -> value.applyAsDouble(m.getLocalMapStats()))
        .tag("map", map.getName())
        .register(registry);
  }
}

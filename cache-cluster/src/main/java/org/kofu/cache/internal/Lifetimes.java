package org.kofu.cache.internal;

import com.hazelcast.map.ExtendedMapEntry;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * How long entries live: one with bodies for {@code bodySeconds} (0: until evicted), one that holds
 * only invalidations for {@code tombstoneSeconds}, which must outlast the slowest batch run.
 */
public record Lifetimes(long bodySeconds, long tombstoneSeconds) {

  public Lifetimes {
    if (tombstoneSeconds <= 0) {
      throw new IllegalArgumentException("tombstones must expire: " + tombstoneSeconds);
    }
    if (bodySeconds != 0 && bodySeconds < tombstoneSeconds) {
      throw new IllegalArgumentException("bodies must outlive the tombstones stored with them");
    }
  }

  /** Stores {@code next} in the entry with the lifetime its content calls for. */
  void store(Map.Entry<String, PersonRecord> entry, PersonRecord next) {
    if (next.isEmpty()) {
      entry.setValue(null);
      return;
    }
    long ttl = next.bodies().isEmpty() ? tombstoneSeconds : bodySeconds;
    @SuppressWarnings("unchecked")
    ExtendedMapEntry<String, PersonRecord> extended =
        (ExtendedMapEntry<String, PersonRecord>) entry;
    extended.setValue(next, ttl == 0 ? Long.MAX_VALUE : ttl, TimeUnit.SECONDS);
  }
}

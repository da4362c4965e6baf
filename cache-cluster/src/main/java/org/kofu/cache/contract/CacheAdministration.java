package org.kofu.cache.contract;

import com.hazelcast.aggregation.Aggregators;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.query.Predicates;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kofu.cache.internal.Invalidate;
import org.kofu.cache.internal.Lifetimes;
import org.kofu.cache.internal.PersonRecord;
import org.kofu.cache.internal.Watermark;

/**
 * What an administrator's process (vaadin-admin) does with the cache without any key: count what is
 * cached, by person and by certificate type (counted on the members with built-in aggregators and
 * predicates over the values' Compact fields, no value leaves a member), and evict a person exactly
 * as {@link CertificateCache#evictPerson} does.
 */
public final class CacheAdministration {

  private final IMap<String, PersonRecord> bodies;
  private final Lifetimes lifetimes;
  private final Clock clock;

  /**
   * @param bodyTtl and {@code tombstoneTtl}: the cluster's {@code kofu.cache.body-ttl} and {@code
   *     kofu.cache.tombstone-ttl}, which an eviction's tombstone must honour
   */
  public CacheAdministration(
      HazelcastInstance hazelcast, Duration bodyTtl, Duration tombstoneTtl, Clock clock) {
    this.bodies = hazelcast.getMap(CacheMaps.BODIES);
    this.lifetimes = new Lifetimes(bodyTtl.toSeconds(), tombstoneTtl.toSeconds());
    this.clock = clock;
  }

  /** Persons with an entry: cached bodies, or a tombstone only. */
  public long persons() {
    return bodies.size();
  }

  /**
   * For each certificate type name, the persons with a cached body of it (subject keys are {@code
   * person|TYPE|options}).
   */
  public Map<String, Long> personsByType(Collection<String> types) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String type : types) {
      counts.put(
          type,
          bodies.aggregate(
              Aggregators.count(), Predicates.like("bodies[any].subjectKey", "%|" + type + "|%")));
    }
    return counts;
  }

  /** Persons with at least one cached body (not only a tombstone). */
  public long personsWithBodies() {
    return bodies.aggregate(Aggregators.count(), Predicates.like("bodies[any].subjectKey", "%"));
  }

  /**
   * Drops every body of the person and refuses every body whose rows were read until now (plus
   * {@link CertificateCache#CLOCK_SKEW_ALLOWANCE}).
   *
   * @return the bodies dropped
   */
  public int evictPerson(String personKey) {
    Watermark floor =
        Watermark.ofFloor(clock.millis() + CertificateCache.CLOCK_SKEW_ALLOWANCE.toMillis());
    return bodies.executeOnKey(personKey, new Invalidate("", floor, lifetimes));
  }
}

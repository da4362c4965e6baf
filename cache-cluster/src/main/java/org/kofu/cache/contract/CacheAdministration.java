package org.kofu.cache.contract;

import com.hazelcast.aggregation.Aggregators;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.query.Predicates;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kofu.cache.internal.Invalidate;
import org.kofu.cache.internal.Lifetimes;
import org.kofu.cache.internal.PersonRecord;
import org.kofu.cache.internal.Watermark;

/**
 * What an administrator's process (vaadin-admin) does with the cache without any key: count what is
 * cached, by person and by certificate type (counted on the members with built-in aggregators and
 * predicates over the values' Compact fields, no value leaves a member), read each member's memory
 * (an executor task run on every member, since a client cannot read a member's local statistics),
 * and evict a person exactly as {@link CertificateCache#evictPerson} does.
 */
public final class CacheAdministration {

  /**
   * The members' executor that runs the admin's tasks (configured in {@code kofu/hazelcast.yaml}).
   */
  public static final String EXECUTOR = "kofu-cache-admin";

  /** How long {@link #memberMemory()} waits for the members' answers. */
  public static final Duration MEMORY_TIMEOUT = Duration.ofSeconds(3);

  private final IMap<String, PersonRecord> bodies;
  private final Lifetimes lifetimes;
  private final Clock clock;
  private final MemberMemoryReader memory;

  /**
   * @param bodyTtl and {@code tombstoneTtl}: the cluster's {@code kofu.cache.body-ttl} and {@code
   *     kofu.cache.tombstone-ttl}, which an eviction's tombstone must honour
   */
  public CacheAdministration(
      HazelcastInstance hazelcast, Duration bodyTtl, Duration tombstoneTtl, Clock clock) {
    this.bodies = hazelcast.getMap(CacheMaps.BODIES);
    this.lifetimes = new Lifetimes(bodyTtl.toSeconds(), tombstoneTtl.toSeconds());
    this.clock = clock;
    this.memory = new MemberMemoryReader(hazelcast);
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

  /** {@link #memberMemory(Duration)} with {@link #MEMORY_TIMEOUT}. */
  public List<MemberMemory> memberMemory() {
    return memberMemory(MEMORY_TIMEOUT);
  }

  /**
   * Each member's entries and memory of the bodies map and its heap, in the order of the cluster's
   * member list; a member that has not answered within {@code timeout} (all share one deadline) is
   * {@linkplain MemberMemory#unknown unknown}. Never throws for a member that is down.
   */
  public List<MemberMemory> memberMemory(Duration timeout) {
    return memory.read(timeout);
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

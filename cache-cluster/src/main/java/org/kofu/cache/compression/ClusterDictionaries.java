package org.kofu.cache.compression;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * Dictionaries kept in the cluster, so every process compresses and decompresses with the same
 * ones. A dictionary's id is derived from its bytes, so publishing the same one twice is harmless
 * and an id never names two different dictionaries.
 */
public final class ClusterDictionaries implements Dictionaries {

  /** Dictionary id to dictionary bytes. */
  public static final String DICTIONARIES_MAP = "certificate-dictionaries";

  /** Cluster-wide settings: here, which dictionary is active. */
  public static final String SETTINGS_MAP = "certificate-cache-settings";

  private static final String ACTIVE = "active-dictionary";

  /** How long a process compresses with the dictionary it last saw active before asking again. */
  public static final Duration ACTIVE_ID_REFRESH = Duration.ofSeconds(1);

  private final HazelcastInstance hazelcast;
  private final Map<String, byte[]> known = new ConcurrentHashMap<>();
  private volatile ActiveId lastSeen;

  /** The active id as last read, and when ({@link System#nanoTime()}). */
  private record ActiveId(Optional<String> id, long readAtNanos) {}

  public ClusterDictionaries(HazelcastInstance hazelcast) {
    this.hazelcast = hazelcast;
  }

  /**
   * Looked up on each call, not once: a client that started before the cluster (the relay starts
   * without it) cannot make a map's proxy until it is connected.
   */
  private IMap<String, byte[]> dictionaries() {
    return hazelcast.getMap(DICTIONARIES_MAP);
  }

  private IMap<String, String> settings() {
    return hazelcast.getMap(SETTINGS_MAP);
  }

  /** Stores a dictionary and returns its id; does not activate it. */
  public String publish(byte[] dictionary) {
    String id = idOf(dictionary);
    dictionaries().putIfAbsent(id, dictionary);
    return id;
  }

  /** Makes new values use this dictionary; values written with others stay readable. */
  public void activate(String id) {
    if (!dictionaries().containsKey(id)) {
      throw new IllegalArgumentException("no published dictionary " + id);
    }
    settings().put(ACTIVE, id);
    lastSeen = new ActiveId(Optional.of(id), System.nanoTime());
  }

  /**
   * Read from the cluster at most once per {@link #ACTIVE_ID_REFRESH}: it was a round trip to a
   * member for every body compressed. Another process's activation is seen within that time (values
   * compressed with the former dictionary meanwhile stay readable); this one's at once.
   */
  @Override
  public Optional<String> activeId() {
    ActiveId seen = lastSeen;
    long now = System.nanoTime();
    if (seen == null || now - seen.readAtNanos() >= ACTIVE_ID_REFRESH.toNanos()) {
      seen = new ActiveId(Optional.ofNullable(settings().get(ACTIVE)), now);
      lastSeen = seen;
    }
    return seen.id();
  }

  @Override
  public byte[] bytes(String id) {
    return known.computeIfAbsent(
        id,
        k -> {
          byte[] bytes = dictionaries().get(k);
          if (bytes == null) {
            throw new IllegalStateException("dictionary " + k + " is not in the cluster");
          }
          return bytes;
        });
  }

  /** A dictionary's id, made from its bytes: a copy kept elsewhere can be checked against it. */
  public static String idOf(byte[] dictionary) {
    return "zd-" + DigestUtils.sha256Hex(dictionary).substring(0, 16);
  }
}

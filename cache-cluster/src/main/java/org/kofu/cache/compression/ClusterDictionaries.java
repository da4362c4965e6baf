package org.kofu.cache.compression;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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

  private final IMap<String, byte[]> dictionaries;
  private final IMap<String, String> settings;
  private final Map<String, byte[]> known = new ConcurrentHashMap<>();

  public ClusterDictionaries(HazelcastInstance hazelcast) {
    this.dictionaries = hazelcast.getMap(DICTIONARIES_MAP);
    this.settings = hazelcast.getMap(SETTINGS_MAP);
  }

  /** Stores a dictionary and returns its id; does not activate it. */
  public String publish(byte[] dictionary) {
    String id = idOf(dictionary);
    dictionaries.putIfAbsent(id, dictionary);
    return id;
  }

  /** Makes new values use this dictionary; values written with others stay readable. */
  public void activate(String id) {
    if (!dictionaries.containsKey(id)) {
      throw new IllegalArgumentException("no published dictionary " + id);
    }
    settings.put(ACTIVE, id);
  }

  @Override
  public Optional<String> activeId() {
    return Optional.ofNullable(settings.get(ACTIVE));
  }

  @Override
  public byte[] bytes(String id) {
    return known.computeIfAbsent(
        id,
        k -> {
          byte[] bytes = dictionaries.get(k);
          if (bytes == null) {
            throw new IllegalStateException("dictionary " + k + " is not in the cluster");
          }
          return bytes;
        });
  }

  static String idOf(byte[] dictionary) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(dictionary);
      return "zd-" + HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

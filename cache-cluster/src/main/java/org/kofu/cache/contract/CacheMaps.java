package org.kofu.cache.contract;

import org.kofu.cache.compression.ClusterDictionaries;

/** The names of the cache's distributed maps, as configured in {@code kofu/hazelcast.yaml}. */
public final class CacheMaps {

  /**
   * Person key ({@code PersonRef.key()}) to every cached body of that person and the person's
   * invalidation watermark. Written only through {@link CertificateCache}.
   */
  public static final String BODIES = "certificate-bodies";

  /** Compression dictionary id to the zstd dictionary. */
  public static final String DICTIONARIES = ClusterDictionaries.DICTIONARIES_MAP;

  /** Small cluster-wide settings, such as the active dictionary's id. */
  public static final String SETTINGS = ClusterDictionaries.SETTINGS_MAP;

  private CacheMaps() {}

  /** The person part of a {@code CertificateSubject.key()}, which partitions the bodies map. */
  public static String personKeyOf(String subjectKey) {
    int end = subjectKey.indexOf('|');
    if (end <= 0) {
      throw new IllegalArgumentException("not a subject key: " + subjectKey);
    }
    return subjectKey.substring(0, end);
  }
}

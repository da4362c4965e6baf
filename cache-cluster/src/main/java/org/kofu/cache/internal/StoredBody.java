package org.kofu.cache.internal;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One cached certificate body as the members hold it. Only what the members need to decide on
 * writes and merges is in the clear (the subject key and source versions, which name no one); the
 * body itself is compressed and then encrypted by the writing process.
 *
 * @param subjectKey {@code CertificateSubject.key()}
 * @param sources the source rows and versions the body was made from
 * @param renderedAtMillis when the source rows were read (epoch millis)
 * @param keyId the encryption key's id
 * @param dictionaryId the compression dictionary's id, or {@code none}
 * @param nonce the AES-GCM nonce
 * @param ciphertext the encrypted compressed body, with the GCM tag
 */
public record StoredBody(
    String subjectKey,
    SortedMap<String, Long> sources,
    long renderedAtMillis,
    String keyId,
    String dictionaryId,
    byte[] nonce,
    byte[] ciphertext) {

  public StoredBody {
    sources = Collections.unmodifiableSortedMap(new TreeMap<>(sources));
  }

  /** Source versions compared over the rows both bodies were made from. */
  public Freshness comparedTo(StoredBody other) {
    boolean newer = false;
    boolean older = false;
    for (var e : sources.entrySet()) {
      Long theirs = other.sources.get(e.getKey());
      if (theirs != null) {
        newer |= e.getValue() > theirs;
        older |= e.getValue() < theirs;
      }
    }
    if (newer && older) {
      return Freshness.INCOMPARABLE;
    }
    if (newer || older) {
      return newer ? Freshness.NEWER : Freshness.OLDER;
    }
    return Long.compare(renderedAtMillis, other.renderedAtMillis) >= 0
        ? Freshness.NEWER
        : Freshness.OLDER;
  }

  /** How one body's data relates to another's. */
  public enum Freshness {
    NEWER,
    OLDER,
    /** Each was made from a newer version of some row than the other: both are stale. */
    INCOMPARABLE
  }
}

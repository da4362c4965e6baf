package org.kofu.cache.contract;

/** What became of a {@link CertificateCache#put}. */
public enum PutOutcome {
  /** The body is cached. */
  STORED,
  /** An invalidation issued after newer data was seen refuses it: its data is stale. */
  REFUSED_INVALIDATED,
  /** The cached body of the subject was made from newer data; it stays. */
  REFUSED_OLDER_THAN_CACHED
}

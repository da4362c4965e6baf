package org.kofu.relay.issuance;

import java.util.Map;
import java.util.Optional;
import org.kofu.cache.contract.CachedBody;
import org.kofu.cache.contract.CertificateCache;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.existing.CheckedBody;
import org.kofu.core.existing.ForeignBodyCodec;
import org.kofu.relay.cache.CacheCalls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An existing system's body that the batch checked and cached ahead of time (事前作成), when it is
 * still true to the rows: the cache entry is this subject's, the versions beside it are the ones
 * recorded in the body, and every row the body names has that version now ({@code current}, read
 * for this request). Anything else is a miss: a rendered body's bytes, an undecodable value, a
 * stale body. The rows a foreign body names are the existing system's choice (its {@code
 * X-Source-Versions}), so unlike a rendered body the set is not compared with the rows the project
 * would read: a row it does not name cannot make it stale.
 */
@Component
class CachedForeignBodies {

  private static final Logger log = LoggerFactory.getLogger(CachedForeignBodies.class);

  private final CertificateCache cache;
  private final CacheCalls calls;

  CachedForeignBodies(CertificateCache cache, CacheCalls calls) {
    this.cache = cache;
    this.calls = calls;
  }

  /** A fresh cached body and its entry, or empty; a read that does not answer in time is a miss. */
  Optional<Hit> fresh(CertificateSubject subject, Map<String, Long> current) {
    Optional<CachedBody> cached = calls.read(() -> cache.get(subject)).flatMap(c -> c);
    if (cached.isEmpty() || !ForeignBodyCodec.isForeign(cached.get().payload())) {
      return Optional.empty();
    }
    CachedBody hit = cached.get();
    CheckedBody body;
    try {
      body = ForeignBodyCodec.decode(hit.payload());
    } catch (IllegalArgumentException e) {
      log.warn("cached foreign body of {} not decodable here: {}", subject.key(), e.getMessage());
      return Optional.empty();
    }
    Map<String, Long> named = body.sourceVersions();
    boolean fresh =
        hit.subjectKey().equals(subject.key())
            && !named.isEmpty()
            && hit.sources().versions().equals(new java.util.TreeMap<>(named))
            && named.entrySet().stream()
                .allMatch(e -> e.getValue().equals(current.get(e.getKey())));
    return fresh ? Optional.of(new Hit(body, hit)) : Optional.empty();
  }

  /** Drops a cached body the check before serving refused, as {@code FreshBodies#discard}. */
  void discard(CertificateSubject subject, CachedBody entry) {
    try {
      cache.invalidate(subject.key(), entry.sources());
    } catch (RuntimeException e) {
      log.warn("dropping the body of {} failed: {}", subject.key(), e.getClass().getSimpleName());
    }
  }

  /** A fresh cached body and the entry it came in (its compressed form is what a record keeps). */
  record Hit(CheckedBody body, CachedBody entry) {}
}

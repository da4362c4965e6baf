package org.kofu.relay.freshness;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.kofu.cache.contract.CachedBody;
import org.kofu.cache.contract.CertificateCache;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.assembly.CertificateContentAssembler;
import org.kofu.core.render.RenderedBody;
import org.kofu.core.render.RenderedBodyCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A body that reflects every change committed before the request: the certificate's rows are read
 * now, and a cached body is served only when it was made from exactly these rows at exactly these
 * versions. Comparing the whole set read (not only the versions of the rows the cached body names)
 * also catches rows added since, such as a new household member or a new tax year.
 */
@Component
public class FreshBodies {

  private static final Logger log = LoggerFactory.getLogger(FreshBodies.class);

  private final CertificateContentAssembler assembler;
  private final CertificateCache cache;
  private final TimedRenderer renderer;
  private final Clock clock;

  FreshBodies(
      CertificateContentAssembler assembler,
      CertificateCache cache,
      TimedRenderer renderer,
      Clock clock) {
    this.assembler = assembler;
    this.cache = cache;
    this.renderer = renderer;
    this.clock = clock;
  }

  public FreshBody obtain(CertificateSubject subject) {
    Instant readAt = clock.instant();
    CertificateContent content = assembler.assemble(subject);
    Optional<CachedBody> cached = cache.get(subject);
    if (cached.isPresent() && isFresh(cached.get(), subject, content)) {
      Optional<RenderedBody> body = decode(subject, cached.get());
      if (body.isPresent()) {
        return new FreshBody(body.get(), BodySource.CACHE);
      }
    }
    RenderedBody body = renderer.render(content);
    store(subject, body, readAt);
    return new FreshBody(body, BodySource.ON_DEMAND);
  }

  /**
   * A value this process cannot decode is a miss: one of an unknown or earlier format, or one whose
   * PDF does not hold together; rendering on demand stores a body this process can read.
   */
  private static Optional<RenderedBody> decode(CertificateSubject subject, CachedBody hit) {
    try {
      return Optional.of(
          RenderedBodyCodec.decode(subject, hit.sources(), hit.renderedAt(), hit.payload()));
    } catch (IllegalArgumentException e) {
      log.warn("cached body of {} not decodable here: {}", subject.key(), e.getMessage());
      return Optional.empty();
    }
  }

  private static boolean isFresh(
      CachedBody cached, CertificateSubject subject, CertificateContent content) {
    return cached.subjectKey().equals(subject.key())
        && cached.sources().versions().equals(content.sources().versions());
  }

  /** A failed write costs a later miss, never this request. */
  private void store(CertificateSubject subject, RenderedBody body, Instant readAt) {
    try {
      cache.put(subject, body.sources(), readAt, RenderedBodyCodec.encode(body));
    } catch (RuntimeException e) {
      log.warn("cache write of {} failed: {}", subject.key(), e.getClass().getSimpleName());
    }
  }
}

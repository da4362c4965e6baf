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
      CachedBody hit = cached.get();
      RenderedBody body =
          RenderedBodyCodec.decode(subject, hit.sources(), hit.renderedAt(), hit.payload());
      return new FreshBody(body, BodySource.CACHE);
    }
    RenderedBody body = renderer.render(content);
    store(subject, body, readAt);
    return new FreshBody(body, BodySource.ON_DEMAND);
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

package org.kofu.relay.freshness;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.kofu.cache.compression.BodyCompressor;
import org.kofu.cache.contract.CachedBody;
import org.kofu.cache.contract.CertificateCache;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.SourceVersions;
import org.kofu.core.certificate.assembly.CertificateContentAssembler;
import org.kofu.core.render.body.RenderedBody;
import org.kofu.core.render.body.RenderedBodyCodec;
import org.kofu.relay.cache.CacheCalls;
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
  private final CacheCalls calls;
  private final Clock clock;

  FreshBodies(
      CertificateContentAssembler assembler,
      CertificateCache cache,
      TimedRenderer renderer,
      CacheCalls calls,
      Clock clock) {
    this.assembler = assembler;
    this.cache = cache;
    this.renderer = renderer;
    this.calls = calls;
    this.clock = clock;
  }

  /**
   * A cache hit, or a body rendered now in the cache's form, compressed and put in the cache.
   * Either way the body served is the decoded cache form, so that a repeat of the request can
   * rebuild the same bytes from the compressed form its record keeps.
   */
  public FreshBody obtain(CertificateSubject subject) {
    Instant readAt = clock.instant();
    // the cache is read while the rows are: which is older does not matter, since a cached body is
    // served only when it was made from exactly the versions read here, after the request came
    CacheCalls.Pending<Optional<CachedBody>> reading = calls.readAhead(() -> cache.get(subject));
    CertificateContent content = assembler.assemble(subject);
    // a read that does not answer in time is a miss: the cache is never worth the request
    Optional<CachedBody> cached = reading.await().flatMap(c -> c);
    if (cached.isPresent() && isFresh(cached.get(), subject, content)) {
      CachedBody hit = cached.get();
      Optional<RenderedBody> body = decode(subject, hit.sources(), hit.renderedAt(), hit.payload());
      // the body's own subject is checked against the request before it leaves (ServedBodyCheck)
      if (body.isPresent()) {
        return new FreshBody(body.get(), BodySource.CACHE, hit.compressed());
      }
    }
    RenderedBody rendered = renderer.render(content);
    byte[] payload = RenderedBodyCodec.encode(rendered);
    // the cluster's dictionary and the write, bounded; without them the record keeps a larger form
    BodyCompressor.Compressed form =
        calls
            .write(() -> compressAndStore(subject, rendered, readAt, payload))
            .orElseGet(() -> BodyCompressor.plain(payload));
    RenderedBody body =
        RenderedBodyCodec.decode(rendered.sources(), rendered.renderedAt(), payload);
    return new FreshBody(body, BodySource.ON_DEMAND, form);
  }

  /**
   * A value this process cannot decode is a miss: one of an unknown or earlier format, or one whose
   * PDF does not hold together; rendering on demand stores a body this process can read.
   */
  private static Optional<RenderedBody> decode(
      CertificateSubject subject, SourceVersions sources, Instant renderedAt, byte[] payload) {
    try {
      return Optional.of(RenderedBodyCodec.decode(sources, renderedAt, payload));
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

  /**
   * Drops a cached body that the check before serving refused (it records another subject), and
   * refuses data older than {@code sources} for the person, so that the next request renders anew.
   */
  public void discard(CertificateSubject subject, SourceVersions sources) {
    try {
      cache.invalidate(subject.key(), sources);
    } catch (RuntimeException e) {
      log.warn("dropping the body of {} failed: {}", subject.key(), e.getClass().getSimpleName());
    }
  }

  /** The compressed form, the body cached unless it records another subject. */
  private BodyCompressor.Compressed compressAndStore(
      CertificateSubject subject, RenderedBody rendered, Instant readAt, byte[] payload) {
    BodyCompressor.Compressed form;
    try {
      form = cache.compress(payload);
    } catch (RuntimeException e) {
      // the cluster cannot say which dictionary: the record keeps a larger form, nothing is cached
      log.warn(
          "compression with the cluster's dictionary failed: {}", e.getClass().getSimpleName());
      return BodyCompressor.plain(payload);
    }
    if (rendered.subject().equals(subject)) {
      // a body of another subject is refused before it leaves; it must not be cached either
      store(subject, rendered.sources(), readAt, form);
    }
    return form;
  }

  /** A failed write costs a later miss, never this request. */
  private void store(
      CertificateSubject subject,
      SourceVersions sources,
      Instant readAt,
      BodyCompressor.Compressed form) {
    try {
      cache.putCompressed(subject, sources, readAt, form);
    } catch (RuntimeException e) {
      log.warn("cache write of {} failed: {}", subject.key(), e.getClass().getSimpleName());
    }
  }
}

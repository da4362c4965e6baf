package org.kofu.relay.issuance;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.render.body.RenderedBody;
import org.kofu.relay.freshness.BodySource;
import org.kofu.relay.freshness.FreshBodies;
import org.kofu.relay.freshness.FreshBody;
import org.kofu.relay.problem.RelayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The last check before a body leaves the relay: the subject the body records for itself is the
 * request's person, type and options. That subject is read from the body's own bytes ({@code
 * RenderedBodyCodec} format 4 and later), where the process that rendered it wrote it from the
 * content it drew: the batch for a cache hit, this relay's renderer for an on-demand body, the
 * first answer for a repeat. It is never a copy of the request, so this check can fail, and when it
 * does nothing leaves: the refusal is logged by kind (path, request id and which part differs,
 * never a person key, name or code) and counted in {@code
 * kofu_relay_served_body_refused_total{source}}, which the alert {@code KofuServedBodyRefused}
 * watches.
 */
@Component
class ServedBodyCheck {

  /** Where a body would have left from. */
  enum Path {
    CACHE,
    ON_DEMAND,
    KEPT
  }

  /** Nothing to wait for: a refused cached body is dropped, the next attempt renders anew. */
  static final Duration RETRY_AFTER = Duration.ofSeconds(1);

  private static final Logger log = LoggerFactory.getLogger(ServedBodyCheck.class);

  private final Map<Path, Counter> refused = new EnumMap<>(Path.class);
  private final FreshBodies bodies;

  ServedBodyCheck(MeterRegistry registry, FreshBodies bodies) {
    this.bodies = bodies;
    for (Path path : Path.values()) {
      refused.put(
          path,
          Counter.builder("kofu.relay.served.body.refused")
              .description("bodies whose own subject was not the request's: none left the relay")
              .tag("source", path.name().toLowerCase(Locale.ROOT))
              .register(registry));
    }
  }

  /**
   * A fresh body ({@link FreshBodies#obtain}) that records the requested subject.
   *
   * @throws RelayException 503 SOURCE_UNAVAILABLE with Retry-After when the body is another's
   */
  FreshBody obtain(CertificateSubject requested, String requestId) {
    FreshBody fresh = bodies.obtain(requested);
    requireFresh(requested, fresh, requestId);
    return fresh;
  }

  /**
   * A body from the cache or rendered now. A refused cached body is dropped from the cache.
   *
   * @throws RelayException 503 SOURCE_UNAVAILABLE with Retry-After when the body is another's
   */
  void requireFresh(CertificateSubject requested, FreshBody fresh, String requestId) {
    Path path = fresh.source() == BodySource.CACHE ? Path.CACHE : Path.ON_DEMAND;
    if (carries(requested, fresh.body(), path, requestId)) {
      return;
    }
    if (path == Path.CACHE) {
      bodies.discard(requested, fresh.body().sources());
    }
    throw RelayException.unavailable(
        "SOURCE_UNAVAILABLE", "the certificate cannot be made now", RETRY_AFTER);
  }

  /**
   * Whether {@code body} records {@code expected} as its subject; if not, the refusal is logged and
   * counted.
   */
  boolean carries(CertificateSubject expected, RenderedBody body, Path path, String requestId) {
    return carries(expected, body.subject(), path, requestId);
  }

  /**
   * Whether a body that records {@code carried} as its subject (a foreign body: the subject the
   * relay or the batch asked the existing system for, recorded with it) may leave for {@code
   * expected}; if not, the refusal is logged and counted.
   */
  boolean carries(
      CertificateSubject expected, CertificateSubject carried, Path path, String requestId) {
    if (carried.equals(expected) || keptBeforeForms(expected, carried, path)) {
      return true;
    }
    refused.get(path).increment();
    log.error(
        "served-body check: a body from {} for request {} differs from it in {}; not served",
        path,
        requestId,
        differences(expected, carried));
    return false;
  }

  /**
   * A body kept before the 住民票 forms (contract v1.0) names no form; a repeat of its request, now
   * given the city's form, is still that request: the same person, type and other options. Only a
   * repeat: a cached or rendered body always names the form it was made in.
   */
  private static boolean keptBeforeForms(
      CertificateSubject expected, CertificateSubject carried, Path path) {
    return path == Path.KEPT
        && carried.options().form() == null
        && expected.options().form() != null
        && new CertificateSubject(
                expected.person(), expected.type(), expected.options().withForm(null))
            .equals(carried);
  }

  private static String differences(CertificateSubject expected, CertificateSubject carried) {
    List<String> parts = new ArrayList<>(3);
    if (!carried.person().equals(expected.person())) {
      parts.add("person");
    }
    if (carried.type() != expected.type()) {
      parts.add("type");
    }
    if (!carried.options().equals(expected.options())) {
      parts.add("options");
    }
    return String.join(", ", parts);
  }
}

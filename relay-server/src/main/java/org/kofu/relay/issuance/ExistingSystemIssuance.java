package org.kofu.relay.issuance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.kofu.cache.compression.BodyCompressor;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.assembly.CertificateContentAssembler;
import org.kofu.core.existing.BodyRequest;
import org.kofu.core.existing.CertificateSource;
import org.kofu.core.existing.CertificateSources;
import org.kofu.core.existing.CheckedCertificate;
import org.kofu.core.existing.ExistingSystemCertificates;
import org.kofu.core.existing.ExistingSystemException;
import org.kofu.core.existing.FinishedCertificate;
import org.kofu.core.existing.FinishedForm;
import org.kofu.core.existing.ForeignBodyCheck;
import org.kofu.core.existing.ForeignBodyRefusedException;
import org.kofu.core.existing.ForeignBodyStamper;
import org.kofu.core.rules.RefusalCause;
import org.kofu.relay.RelayProperties;
import org.kofu.relay.budget.Deadline;
import org.kofu.relay.freshness.BodySource;
import org.kofu.relay.numbering.CertificateNumbers;
import org.kofu.relay.problem.RelayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The certificates of the types whose source is the existing system ({@code
 * kofu.certificate.sources}, {@code docs/existing-systems.md}). A fresh body the batch cached ahead
 * of time is stamped with the 証明日 and a new number ({@link CachedForeignBodies}, {@link
 * ForeignBodyStamper}); without one the relay draws the number, asks the existing system for the
 * finished certificate within the request's budget, checks it against the rows read for this
 * request ({@link ForeignBodyCheck}) and serves it as it came, and the subject's body is fetched
 * for the cache after ({@link ForeignBodyRefill}). When the existing system fails or its PDF is
 * refused, the request is answered 503 {@code SOURCE_UNAVAILABLE}, or rendered here where {@code
 * kofu.certificate.fallback-to-rendering} allows it (an empty answer).
 */
@Component
class ExistingSystemIssuance {

  private static final Logger log = LoggerFactory.getLogger(ExistingSystemIssuance.class);

  /** Left of the budget after the call: the check, the commit and the answer. */
  private static final Duration RESERVE = Duration.ofMillis(150);

  private final CertificateSources sources;
  private final ObjectProvider<ExistingSystemCertificates> existing;
  private final CertificateContentAssembler assembler;
  private final CachedForeignBodies cached;
  private final ForeignBodyCheck check;
  private final ForeignBodyStamper stamper;
  private final CertificateNumbers numbers;
  private final ServedBodyCheck served;
  private final ForeignBodyRefill refill;
  private final RelayProperties properties;
  private final Clock clock;

  @SuppressWarnings("checkstyle:ParameterNumber")
  ExistingSystemIssuance(
      CertificateSources sources,
      ObjectProvider<ExistingSystemCertificates> existing,
      CertificateContentAssembler assembler,
      CachedForeignBodies cached,
      ForeignBodyCheck check,
      ForeignBodyStamper stamper,
      CertificateNumbers numbers,
      ServedBodyCheck served,
      ForeignBodyRefill refill,
      RelayProperties properties,
      Clock clock) {
    if (sources.anyFromExistingSystem() && existing.getIfAvailable() == null) {
      throw new IllegalStateException(
          "a certificate type's source is EXISTING_SYSTEM but no existing system is configured"
              + " (kofu.existing-system.base-url, or an ExistingSystemCertificates bean)");
    }
    this.sources = sources;
    this.existing = existing;
    this.assembler = assembler;
    this.cached = cached;
    this.check = check;
    this.stamper = stamper;
    this.numbers = numbers;
    this.served = served;
    this.refill = refill;
    this.properties = properties;
    this.clock = clock;
  }

  boolean appliesTo(CertificateType type) {
    return sources.sourceOf(type) == CertificateSource.EXISTING_SYSTEM;
  }

  /**
   * The certificate from the existing system's body, or empty when it must be rendered here instead
   * (the fallback is on and the existing system gave nothing servable).
   *
   * @param beforeAsking run before the existing system is asked on demand: throws to stop there
   * @throws RelayException 503 SOURCE_UNAVAILABLE, or 422 when the existing system refuses the
   *     certificate with a cause of the relay contract
   */
  Optional<ForeignIssue> issue(
      CertificateSubject subject,
      String juminhyoCode,
      String municipalityCode,
      LocalDate issueDate,
      String requestId,
      Runnable beforeAsking) {
    // the rows as they are now, read after the request came: what the body must have been made of
    Map<String, Long> current = assembler.assemble(subject).sources().versions();
    Optional<CachedForeignBodies.Hit> hit = cached.fresh(subject, current);
    if (hit.isPresent()) {
      return Optional.of(fromCache(subject, hit.get(), municipalityCode, issueDate, requestId));
    }
    // a repeat of an answered request is replayed, without asking for another number's certificate
    beforeAsking.run();
    try {
      return Optional.of(
          onDemand(subject, juminhyoCode, current, municipalityCode, issueDate, requestId));
    } catch (ExistingSystemException e) {
      if (e.outcome() == ExistingSystemException.Outcome.REFUSED && isContractCause(e.cause())) {
        // the existing system itself refuses this certificate: the person's answer, not a failure
        throw RelayException.notIssuable(e.cause());
      }
      log.warn("existing system's {} for request {}: {}", subject.type(), requestId, e.outcome());
      return fallbackOr503();
    } catch (ForeignBodyRefusedException e) {
      // logged and counted by kind by the check
      return fallbackOr503();
    }
  }

  private ForeignIssue fromCache(
      CertificateSubject subject,
      CachedForeignBodies.Hit hit,
      String municipalityCode,
      LocalDate issueDate,
      String requestId) {
    if (!served.carries(subject, hit.body().subject(), ServedBodyCheck.Path.CACHE, requestId)) {
      cached.discard(subject, hit.entry());
      throw RelayException.unavailable(
          "SOURCE_UNAVAILABLE", "the certificate cannot be made now", ServedBodyCheck.RETRY_AFTER);
    }
    String number = numbers.next(municipalityCode, issueDate);
    byte[] pdf = stamper.stamp(hit.body(), issueDate, number);
    return new ForeignIssue(
        pdf, number, hit.body().pageCount(), BodySource.CACHE, hit.entry().compressed());
  }

  private ForeignIssue onDemand(
      CertificateSubject subject,
      String juminhyoCode,
      Map<String, Long> current,
      String municipalityCode,
      LocalDate issueDate,
      String requestId) {
    Deadline.requireTimeLeft();
    String number = numbers.next(municipalityCode, issueDate);
    Duration left = Deadline.remainingOr(properties.renderTimeout()).minus(RESERVE);
    Instant deadline = clock.instant().plus(left.isNegative() ? Duration.ZERO : left);
    FinishedCertificate finished =
        existing
            .getObject()
            .certificate(new BodyRequest(subject, juminhyoCode), issueDate, number, deadline);
    CheckedCertificate checked = check.check(finished, subject, current);
    // a finished certificate cannot be cached for the next one: its body is, once fetched
    refill.refill(subject, juminhyoCode);
    byte[] payload = FinishedForm.encode(subject, checked.pdf());
    return new ForeignIssue(
        checked.pdf(),
        number,
        checked.pageCount(),
        BodySource.ON_DEMAND,
        BodyCompressor.plain(payload));
  }

  private Optional<ForeignIssue> fallbackOr503() {
    if (sources.fallbackToRendering()) {
      return Optional.empty();
    }
    throw RelayException.unavailable(
        "SOURCE_UNAVAILABLE",
        "the existing system cannot make the certificate now",
        properties.sourceRetryAfter());
  }

  private static boolean isContractCause(String cause) {
    if (cause == null) {
      return false;
    }
    try {
      RefusalCause.valueOf(cause);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}

package org.kofu.batch.existing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.kofu.cache.contract.NewBody;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.existing.BodyRequest;
import org.kofu.core.existing.CertificateSource;
import org.kofu.core.existing.CertificateSources;
import org.kofu.core.existing.ExistingSystemCertificates;
import org.kofu.core.existing.ExistingSystemException;
import org.kofu.core.existing.ForeignBody;
import org.kofu.core.existing.ForeignBodyCheck;
import org.kofu.core.existing.ForeignBodyIntake;
import org.kofu.core.existing.ForeignBodyRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bodies of the {@code EXISTING_SYSTEM} types: asked of the existing system per subject ({@code
 * body}), or handed in from a {@code changedSince} page, and taken in by {@link ForeignBodyIntake}
 * (checked against the rows' versions now by {@link ForeignBodyCheck}). What is not cached comes
 * back as a {@link ForeignSkip} by kind. Counted as {@code
 * kofu_batch_existing_bodies_total{type,outcome}}: {@code CHECKED}, {@code REFUSED} (the check),
 * {@code UNAVAILABLE} (the call failed, timed out, the system refused the subject, or calls are
 * paused after a failure).
 */
public final class ExistingBodies {

  private static final Logger LOG = LoggerFactory.getLogger(ExistingBodies.class);

  /** A body for the cache, or why there is none. */
  public record Pulled(NewBody body, ForeignSkip skip) {}

  private final CertificateSources sources;
  private final Optional<ExistingSystemCertificates> system;
  private final ForeignBodyIntake intake;
  private final RowVersions versions;
  private final ExistingBatchProperties properties;
  private final Clock clock;
  private final MeterRegistry registry;
  private final AtomicReference<Instant> pausedUntil = new AtomicReference<>(Instant.MIN);

  public ExistingBodies(
      CertificateSources sources,
      Optional<ExistingSystemCertificates> system,
      ForeignBodyIntake intake,
      RowVersions versions,
      ExistingBatchProperties properties,
      Clock clock,
      MeterRegistry registry) {
    this.sources = sources;
    this.system = system;
    this.intake = intake;
    this.versions = versions;
    this.properties = properties;
    this.clock = clock;
    this.registry = registry;
  }

  /** Whether the existing system makes this type's bodies. */
  public boolean fromExistingSystem(CertificateType type) {
    return sources.sourceOf(type) == CertificateSource.EXISTING_SYSTEM;
  }

  public boolean anyFromExistingSystem() {
    return sources.anyFromExistingSystem();
  }

  /** The existing system's adapter, when one is configured. */
  Optional<ExistingSystemCertificates> system() {
    return system;
  }

  /** Asks the existing system for the subject's body and checks it. */
  public Pulled pull(CertificateSubject subject, String juminhyoCode) {
    if (system.isEmpty() || clock.instant().isBefore(pausedUntil.get())) {
      return unavailable(subject, system.isEmpty() ? "NOT_CONFIGURED" : "PAUSED");
    }
    try {
      return checked(
          intake.fetch(
              system.get(),
              new BodyRequest(subject, juminhyoCode),
              properties.callTimeout(),
              body -> versions.now(body.sourceVersions().keySet())));
    } catch (ExistingSystemException e) {
      if (e.outcome() != ExistingSystemException.Outcome.REFUSED) {
        pausedUntil.set(clock.instant().plus(properties.pauseAfterFailure()));
        LOG.warn(
            "existing system's {} unavailable: {}; calls paused for {}",
            subject.type(),
            e.outcome(),
            properties.pauseAfterFailure());
      }
      return unavailable(subject, e.outcome().name());
    } catch (ForeignBodyRefusedException e) {
      return refused(subject, e);
    }
  }

  /**
   * Checks a body the existing system answered for {@code expected} against the rows' versions now.
   *
   * @param readAt a time before the existing system read its rows (before the call)
   */
  public Pulled admit(ForeignBody body, CertificateSubject expected, Instant readAt) {
    try {
      return checked(
          intake.admit(body, expected, readAt, versions.now(body.sourceVersions().keySet())));
    } catch (ForeignBodyRefusedException e) {
      return refused(expected, e);
    }
  }

  private Pulled checked(ForeignBodyIntake.Admitted admitted) {
    count(admitted.subject().type(), "CHECKED");
    return new Pulled(
        new NewBody(admitted.subject(), admitted.versions(), admitted.readAt(), admitted.payload()),
        null);
  }

  private Pulled refused(CertificateSubject subject, ForeignBodyRefusedException e) {
    return notCached(subject, "REFUSED", ForeignBodyRefusedException.class, e.refusal());
  }

  private Pulled unavailable(CertificateSubject subject, String how) {
    return notCached(subject, "UNAVAILABLE", ExistingSystemException.class, how);
  }

  /** Counted by outcome; the skip names the kind only, never what the existing system sent. */
  private Pulled notCached(
      CertificateSubject subject, String outcome, Class<?> why, Object detail) {
    count(subject.type(), outcome);
    return new Pulled(
        null,
        new ForeignSkip(
            subject.person().key(), why.getSimpleName() + ": " + subject.type() + " " + detail));
  }

  private void count(CertificateType type, String outcome) {
    Counter.builder("kofu.batch.existing.bodies")
        .description("bodies of the existing system the batch checked, refused or could not get")
        .tag("type", type.name())
        .tag("outcome", outcome)
        .register(registry)
        .increment();
  }
}

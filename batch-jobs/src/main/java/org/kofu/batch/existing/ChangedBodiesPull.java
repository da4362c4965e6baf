package org.kofu.batch.existing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kofu.batch.eligibility.EligibilityPlanner;
import org.kofu.batch.eligibility.PersonPlan;
import org.kofu.batch.eligibility.Variant;
import org.kofu.cache.contract.CertificateCache;
import org.kofu.cache.contract.PutOutcome;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.existing.ChangedBodies;
import org.kofu.core.existing.ExistingSystemCertificates;
import org.kofu.core.existing.ExistingSystemException;
import org.kofu.core.existing.ForeignBody;
import org.kofu.core.legacy.read.ReadMemo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The delta's side of the existing system: after a pass saw journal rows (or when the last pull did
 * not finish), the bodies the system says changed since the cursor ({@code changedSince}), page by
 * page. A body is cached when its type's source is the existing system, it is a configured variant
 * the person may have today (the same plan as a rendered body), and the check passes against the
 * rows now; otherwise it is left out, a refusal recorded as a {@link ForeignSkip}. The cursor moves
 * past each page in the pass's transaction; a failed call leaves it and the next pass asks again.
 */
public final class ChangedBodiesPull {

  private static final Logger LOG = LoggerFactory.getLogger(ChangedBodiesPull.class);

  /** What one pull did: bodies stored and the subjects not cached. */
  public record Result(int cached, List<ForeignSkip> skips) {}

  private final ExistingBodies bodies;
  private final EligibilityPlanner planner;
  private final CertificateCache cache;
  private final ExistingCursor cursor;
  private final ExistingBatchProperties properties;
  private final Clock clock;
  private volatile boolean pending = true;

  public ChangedBodiesPull(
      ExistingBodies bodies,
      EligibilityPlanner planner,
      CertificateCache cache,
      ExistingCursor cursor,
      ExistingBatchProperties properties,
      Clock clock) {
    this.bodies = bodies;
    this.planner = planner;
    this.cache = cache;
    this.cursor = cursor;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Pulls when a type comes from the existing system and {@code journalRows} were seen in this pass
   * or the previous pull left changes behind.
   */
  public Result pull(int journalRows) {
    Optional<ExistingSystemCertificates> system = bodies.system();
    if (!bodies.anyFromExistingSystem() || system.isEmpty() || (journalRows == 0 && !pending)) {
      return new Result(0, List.of());
    }
    List<ForeignSkip> skips = new ArrayList<>();
    int cached = 0;
    long seq = cursor.position();
    LocalDate today = LocalDate.now(clock);
    for (int page = 0; page < properties.pagesPerPass(); page++) {
      Instant readAt = clock.instant();
      ChangedBodies changed;
      try {
        changed =
            system
                .get()
                .changedSince(seq, properties.pageSize(), readAt.plus(properties.callTimeout()));
      } catch (ExistingSystemException e) {
        LOG.warn("existing system's changedSince unavailable: {}", e.outcome());
        skips.add(new ForeignSkip("-", "ExistingSystemException: changedSince " + e.outcome()));
        pending = true;
        return new Result(cached, skips);
      }
      for (ForeignBody body : changed.bodies()) {
        cached += admit(body, today, readAt, skips);
      }
      if (changed.lastSeq() != seq) {
        seq = changed.lastSeq();
        cursor.move(seq, clock.instant());
      }
      if (!changed.more()) {
        pending = false;
        return new Result(cached, skips);
      }
    }
    pending = true;
    return new Result(cached, skips);
  }

  /** 1 when the body was cached. */
  private int admit(ForeignBody body, LocalDate today, Instant readAt, List<ForeignSkip> skips) {
    CertificateSubject named = body.subject();
    if (!bodies.fromExistingSystem(named.type())
        || !(named.person() instanceof PersonRef.Resident resident)) {
      return 0;
    }
    Optional<Variant> variant =
        planner.variants().stream().filter(v -> isVariant(v, resident, named)).findFirst();
    if (variant.isEmpty()) {
      return 0;
    }
    // the subject the relay will look up: a 住民票 in the city's form
    CertificateSubject subject = planner.subject(variant.get(), resident);
    try (ReadMemo memo = ReadMemo.open()) {
      PersonPlan plan = planner.plan(resident.atenaNo(), today, variant.get()::equals);
      if (!plan.issuable().contains(subject)) {
        return 0;
      }
    }
    ExistingBodies.Pulled pulled =
        bodies.admit(
            new ForeignBody(subject, body.pdf(), body.sourceVersions(), body.stampAreas()),
            subject,
            readAt);
    if (pulled.body() == null) {
      skips.add(pulled.skip());
      return 0;
    }
    return cache.putAll(List.of(pulled.body())).get(0) == PutOutcome.STORED ? 1 : 0;
  }

  /**
   * Whether {@code named} is {@code variant}'s subject for {@code resident}. The interface's
   * options name no 住民票 form (existing-system-certificates.md): an existing system makes its 住民票 in
   * the city's form, so a body naming none is the variant's in that form.
   */
  private boolean isVariant(
      Variant variant, PersonRef.Resident resident, CertificateSubject named) {
    return planner.subject(variant, resident).equals(named)
        || (named.options().form() == null && variant.subject(resident, null).equals(named));
  }
}

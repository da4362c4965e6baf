package org.kofu.admin.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.kofu.admin.account.CurrentUser;
import org.kofu.admin.audit.AuditTrail;
import org.kofu.core.legacy.koseki.RegisteredPerson;
import org.kofu.core.registration.Agreement;
import org.kofu.core.registration.Applicant;
import org.kofu.core.registration.RegisterMatching;
import org.kofu.projectdb.registration.Registration;
import org.kofu.projectdb.registration.RegistrationAudit;
import org.kofu.projectdb.registration.RegistrationRepository;
import org.kofu.projectdb.registration.RegistrationStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decisions on registrations. The clerk approves by choosing one of the candidates the 戸籍 offers;
 * the choice is checked again against the 戸籍 and stored only from the state and version the clerk
 * saw (the table keeps one approval per 住民票コード and per person). Every attempt is audited.
 */
@Service
class RegistrationDecisions {

  private final RegistrationRepository registrations;
  private final ObjectProvider<RegisterMatching> matching;
  private final AuditTrail audit;
  private final TransactionTemplate transactions;
  private final Clock clock;

  RegistrationDecisions(
      RegistrationRepository registrations,
      ObjectProvider<RegisterMatching> matching,
      AuditTrail audit,
      TransactionTemplate transactions,
      Clock clock) {
    this.registrations = registrations;
    this.matching = matching;
    this.audit = audit;
    this.transactions = transactions;
    this.clock = clock;
  }

  boolean matchingAvailable() {
    return matching.getIfAvailable() != null;
  }

  List<Registration> pending() {
    return registrations.byStatus(RegistrationStatus.PENDING);
  }

  /** Approved, suspended, revoked and rejected ones, the latest decision first. */
  List<Registration> decided() {
    List<Registration> all = new ArrayList<>();
    for (RegistrationStatus s : RegistrationStatus.values()) {
      if (s != RegistrationStatus.PENDING) {
        all.addAll(registrations.byStatus(s));
      }
    }
    all.sort(Comparator.comparing(Registration::id).reversed());
    return all;
  }

  /** The persons of the 戸籍 that agree with the application; none without the 戸籍 source. */
  List<RegisteredPerson> candidates(Registration r) {
    RegisterMatching m = matching.getIfAvailable();
    return m == null ? List.of() : m.candidates(applicant(r));
  }

  @PreAuthorize("hasAnyRole('OFFICER', 'OPERATOR')")
  public Decision approve(Registration seen, RegisteredPerson chosen) {
    RegisterMatching m = matching.getIfAvailable();
    long koseki = chosen.member().kosekiId();
    int kojin = chosen.member().kojinNo();
    String key = "K" + koseki + "-" + kojin;
    Decision decision;
    if (m == null) {
      decision = Decision.NO_SOURCE;
    } else if (m.check(applicant(seen), koseki, kojin) != Agreement.AGREES) {
      decision = Decision.NOT_A_CANDIDATE;
    } else {
      decision =
          stored(
              () ->
                  registrations.approve(
                      seen.id(),
                      seen.version(),
                      koseki,
                      kojin,
                      CurrentUser.login(),
                      clock.instant()));
    }
    audit.record(
        RegistrationAudit.APPROVED, RegistrationAudit.detail(seen.id(), key, decision.name()));
    return decision;
  }

  @PreAuthorize("hasAnyRole('OFFICER', 'OPERATOR')")
  public Decision reject(Registration seen, String reason) {
    return withReason(seen, reason, registrations::reject, RegistrationAudit.REJECTED, null);
  }

  @PreAuthorize("hasAnyRole('OFFICER', 'OPERATOR')")
  public Decision revoke(Registration seen, String reason) {
    return withReason(
        seen, reason, registrations::revoke, RegistrationAudit.REVOKED, seen.personKey());
  }

  /** A change of the repository that ends a registration, from the version the clerk saw. */
  private interface Ending {
    boolean end(long id, long version, String reason, String by, Instant at);
  }

  /** Rejection and revocation: a reason is required, and every attempt is audited. */
  private Decision withReason(
      Registration seen, String reason, Ending ending, String auditKind, String personKey) {
    Decision decision =
        reason == null || reason.isBlank()
            ? Decision.NO_REASON
            : stored(
                () ->
                    ending.end(
                        seen.id(),
                        seen.version(),
                        reason.strip(),
                        CurrentUser.login(),
                        clock.instant()));
    audit.record(
        auditKind,
        RegistrationAudit.detail(
            seen.id(), personKey, decision + " " + (reason == null ? "" : reason.strip())));
    return decision;
  }

  /** DONE when the row changed, STALE when it was not as seen, TAKEN on a unique key. */
  private Decision stored(Supplier<Boolean> change) {
    try {
      return Boolean.TRUE.equals(transactions.execute(status -> change.get()))
          ? Decision.DONE
          : Decision.STALE;
    } catch (DuplicateKeyException e) {
      return Decision.TAKEN;
    }
  }

  private static Applicant applicant(Registration r) {
    return new Applicant(r.name(), r.birthDate(), r.honseki(), r.hittosha());
  }
}

package org.kofu.batch.registration;

import java.time.Clock;
import java.util.Set;
import org.kofu.batch.delta.RegistersChanged;
import org.kofu.core.registration.Agreement;
import org.kofu.core.registration.Applicant;
import org.kofu.core.registration.RegisterMatching;
import org.kofu.projectdb.registration.Registration;
import org.kofu.projectdb.registration.RegistrationAudit;
import org.kofu.projectdb.registration.RegistrationRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Suspends the approved 本籍地利用登録 of the registers a delta pass saw change whose person no longer
 * agrees with the 戸籍: left it (除籍, the register closed by 除籍 or 転籍, the row gone) or changed name,
 * birth date, 本籍 or 筆頭者. Each suspension is audited (actor {@code batch}, the reason code). The
 * relay refuses such a person at request time anyway; this makes the end of the approval visible to
 * the clerks and lasting.
 */
public class RegistrationSuspensions implements RegistersChanged {

  private static final Logger log = LoggerFactory.getLogger(RegistrationSuspensions.class);

  private final RegistrationRepository registrations;
  private final RegisterMatching matching;
  private final RegistrationAudit audit;
  private final Clock clock;

  public RegistrationSuspensions(
      RegistrationRepository registrations,
      RegisterMatching matching,
      RegistrationAudit audit,
      Clock clock) {
    this.registrations = registrations;
    this.matching = matching;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public void changed(Set<Long> kosekiIds) {
    for (Registration r : registrations.approvedIn(kosekiIds)) {
      Agreement now =
          matching.check(
              new Applicant(r.name(), r.birthDate(), r.honseki(), r.hittosha()),
              r.kosekiId(),
              r.kojinNo());
      if (now != Agreement.AGREES && suspend(r, now)) {
        log.info("registration {} of {} suspended: {}", r.id(), r.personKey(), now);
      }
    }
  }

  private boolean suspend(Registration r, Agreement now) {
    boolean done = registrations.suspend(r.id(), now.name(), "batch", clock.instant());
    if (done) {
      audit.record(
          clock.instant(),
          "batch",
          RegistrationAudit.SUSPENDED,
          RegistrationAudit.detail(r.id(), r.personKey(), now.name()),
          "-");
    }
    return done;
  }
}

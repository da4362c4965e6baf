package org.kofu.admin.registration;

import java.time.Clock;
import java.util.List;
import org.kofu.admin.audit.AuditTrail;
import org.kofu.admin.security.CurrentUser;
import org.kofu.projectdb.registration.Registration;
import org.kofu.projectdb.registration.RegistrationRepository;
import org.kofu.projectdb.registration.RegistrationStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decisions on registrations. Until the 戸籍 reader exists the clerk enters the matched koseki_id and
 * kojin_no by hand.
 */
@Service
class RegistrationDecisions {

  private final RegistrationRepository registrations;
  private final AuditTrail audit;
  private final Clock clock;

  RegistrationDecisions(RegistrationRepository registrations, AuditTrail audit, Clock clock) {
    this.registrations = registrations;
    this.audit = audit;
    this.clock = clock;
  }

  List<Registration> byStatus(RegistrationStatus status) {
    return registrations.byStatus(status);
  }

  @Transactional
  @PreAuthorize("hasAnyRole('OFFICER', 'OPERATOR')")
  public boolean approve(long id, String kosekiId, String kojinNo) {
    if (kosekiId.isBlank() || kojinNo.isBlank()) {
      return false;
    }
    boolean done =
        registrations.approve(
            id, kosekiId.trim(), kojinNo.trim(), CurrentUser.login(), clock.instant());
    audit.record("REGISTRATION_APPROVED", "#" + id + " " + kosekiId + "/" + kojinNo + " " + done);
    return done;
  }

  @Transactional
  @PreAuthorize("hasAnyRole('OFFICER', 'OPERATOR')")
  public boolean reject(long id, String reason) {
    if (reason.isBlank()) {
      return false;
    }
    boolean done = registrations.reject(id, reason.trim(), CurrentUser.login(), clock.instant());
    audit.record("REGISTRATION_REJECTED", "#" + id + " " + reason + " " + done);
    return done;
  }
}

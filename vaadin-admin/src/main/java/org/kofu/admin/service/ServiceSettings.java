package org.kofu.admin.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.kofu.admin.account.CurrentUser;
import org.kofu.admin.audit.AuditTrail;
import org.kofu.admin.jobs.ClosingCalendarSync;
import org.kofu.projectdb.service.Holiday;
import org.kofu.projectdb.service.MaintenanceWindow;
import org.kofu.projectdb.service.ServiceHours;
import org.kofu.projectdb.service.ServiceScheduleRepository;
import org.kofu.projectdb.service.TypeRule;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the service calendar, each audited: settings are the officer's, maintenance windows
 * also the operator's. Setting a window is its announcement to the officer (clause 4).
 */
@Service
public class ServiceSettings {

  private final ServiceScheduleRepository repository;
  private final AuditTrail audit;
  private final Clock clock;
  private final ClosingCalendarSync batchCalendar;

  ServiceSettings(
      ServiceScheduleRepository repository,
      AuditTrail audit,
      Clock clock,
      ClosingCalendarSync batchCalendar) {
    this.repository = repository;
    this.audit = audit;
    this.clock = clock;
    this.batchCalendar = batchCalendar;
  }

  /** The batch nodes' delta schedule skips the same closed days as the relay. */
  private void publishClosedDays() {
    batchCalendar.publish(repository.hours(), repository.holidays());
  }

  public ServiceHours hours() {
    return repository.hours();
  }

  public List<Holiday> holidays() {
    return repository.holidays();
  }

  public List<TypeRule> rules() {
    return repository.rules();
  }

  public List<MaintenanceWindow> upcomingWindows() {
    return repository.windowsEndingAfter(clock.instant());
  }

  @Transactional
  @PreAuthorize("hasRole('OFFICER')")
  public void saveHours(ServiceHours hours) {
    repository.saveHours(hours);
    audit.record("SERVICE_HOURS", hours.toString());
    publishClosedDays();
  }

  @Transactional
  @PreAuthorize("hasRole('OFFICER')")
  public void saveHoliday(Holiday holiday) {
    repository.saveHoliday(holiday);
    audit.record("HOLIDAY_SAVED", holiday.toString());
    publishClosedDays();
  }

  @Transactional
  @PreAuthorize("hasRole('OFFICER')")
  public void deleteHoliday(LocalDate day) {
    repository.deleteHoliday(day);
    audit.record("HOLIDAY_DELETED", day.toString());
    publishClosedDays();
  }

  @Transactional
  @PreAuthorize("hasRole('OFFICER')")
  public void saveRule(TypeRule rule) {
    repository.saveRule(rule);
    audit.record("TYPE_RULE", rule.toString());
  }

  @Transactional
  @PreAuthorize("hasAnyRole('OFFICER', 'OPERATOR')")
  public long announceWindow(Instant startsAt, Instant endsAt, String reason) {
    Instant now = clock.instant();
    long id =
        repository.addWindow(
            new MaintenanceWindow(null, startsAt, endsAt, reason, now, CurrentUser.login(), false));
    audit.record(
        "MAINTENANCE_ANNOUNCED", "#" + id + " " + startsAt + " - " + endsAt + " " + reason);
    return id;
  }

  @Transactional
  @PreAuthorize("hasAnyRole('OFFICER', 'OPERATOR')")
  public void cancelWindow(long id) {
    repository.cancelWindow(id);
    audit.record("MAINTENANCE_CANCELLED", "#" + id);
  }
}

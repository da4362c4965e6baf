package org.kofu.relay.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kofu.core.certificate.CertificateType;
import org.kofu.projectdb.service.MaintenanceWindow;
import org.kofu.projectdb.service.ServiceCalendar;
import org.kofu.projectdb.service.ServiceHours;
import org.kofu.projectdb.service.ServiceSchedule;
import org.kofu.projectdb.service.ServiceScheduleRepository;
import org.kofu.projectdb.service.TypeRule;
import org.kofu.relay.problem.RelayException;
import org.kofu.testsupport.MutableClock;
import org.springframework.dao.DataAccessResourceFailureException;

/** How old the settings a request is judged by may be, and what is judged afresh every time. */
class ServiceGateTests {

  private static final Instant OPEN_HOUR = MutableClock.START; // 10:00 in Tokyo, a Wednesday

  private final MutableClock clock = new MutableClock(ZoneId.of("Asia/Tokyo"));
  private final SettingsInTheDatabase settings = new SettingsInTheDatabase();

  private ServiceGate gate(Duration maxAge) {
    clock.set(OPEN_HOUR);
    return new ServiceGate(settings, maxAge, clock);
  }

  private String closure(ServiceGate gate, Duration after) {
    clock.set(OPEN_HOUR.plus(after));
    return gate.closure(CertificateType.INKAN).map(RelayException::reason).orElse("OPEN");
  }

  @Test
  void aStopSwitchReachesTheNodeWithinTheMaxAge() {
    ServiceGate gate = gate(Duration.ofSeconds(1));
    assertThat(closure(gate, Duration.ZERO)).isEqualTo("OPEN");

    settings.now = schedule(List.of(stopped("INKAN")), List.of());

    assertThat(closure(gate, Duration.ofMillis(999))).isEqualTo("OPEN");
    assertThat(settings.reads).isEqualTo(1);
    assertThat(closure(gate, Duration.ofSeconds(1))).isEqualTo("OUT_OF_SERVICE_HOURS");
    assertThat(settings.reads).isEqualTo(2);
  }

  @Test
  void aMaintenanceWindowBeginsOnTimeWhateverTheAgeOfTheReading() {
    Instant start = OPEN_HOUR.plusMillis(300);
    settings.now = schedule(List.of(), List.of(window(start, start.plusSeconds(600))));
    ServiceGate gate = gate(Duration.ofSeconds(1));

    assertThat(closure(gate, Duration.ZERO)).isEqualTo("OPEN");
    assertThat(closure(gate, Duration.ofMillis(300))).isEqualTo("MAINTENANCE");
    assertThat(settings.reads).isEqualTo(1);
  }

  @Test
  void withMaxAgeZeroEveryRequestReadsTheSettings() {
    ServiceGate gate = gate(Duration.ZERO);
    closure(gate, Duration.ZERO);
    closure(gate, Duration.ZERO);
    gate.closures(List.of(CertificateType.values()));

    assertThat(settings.reads).isEqualTo(3);
  }

  @Test
  void aClockSetBackReadsTheSettingsAgain() {
    ServiceGate gate = gate(Duration.ofSeconds(1));
    closure(gate, Duration.ofMillis(500));
    closure(gate, Duration.ZERO);

    assertThat(settings.reads).isEqualTo(2);
  }

  @Test
  void aFailedReadRefusesTheRequestAndTheNextOneReadsAgain() {
    ServiceGate gate = gate(Duration.ofSeconds(1));
    settings.failNext = true;

    assertThatThrownBy(() -> closure(gate, Duration.ZERO))
        .isInstanceOf(DataAccessResourceFailureException.class);
    settings.now = schedule(List.of(stopped("INKAN")), List.of());
    assertThat(closure(gate, Duration.ofMillis(1))).isEqualTo("OUT_OF_SERVICE_HOURS");
  }

  private static ServiceSchedule schedule(List<TypeRule> rules, List<MaintenanceWindow> windows) {
    return ServiceSchedule.of(ServiceHours.DEFAULT, List.of(), rules, windows);
  }

  private static TypeRule stopped(String type) {
    return new TypeRule(type, true, false, null, null, "");
  }

  private static MaintenanceWindow window(Instant start, Instant end) {
    return new MaintenanceWindow(
        1L, start, end, "update", start.minusSeconds(86_400), "ops", false);
  }

  /** The project database's settings as a request would read them, and how often they were. */
  private static final class SettingsInTheDatabase extends ServiceCalendar {
    ServiceSchedule now = ServiceGateTests.schedule(List.of(), List.of());
    int reads;
    boolean failNext;

    SettingsInTheDatabase() {
      super((ServiceScheduleRepository) null);
    }

    @Override
    public ServiceSchedule schedule(Instant instant) {
      if (failNext) {
        failNext = false;
        throw new DataAccessResourceFailureException("project database down");
      }
      reads++;
      return now;
    }
  }
}

package org.kofu.projectdb.service;

import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/**
 * The read API of the service calendar for the relay: whether a certificate type can be issued at
 * an instant. Reads the current settings on every call, so a switch set in the admin takes effect
 * at the next request. Certificate types are passed by their code ({@code CertificateType.name()}
 * in certificate-core), which keeps this module free of the rendering stack.
 */
public class ServiceCalendar {

  /** The certificate type codes of the relay contract, in the order the admin shows them. */
  public static final List<String> CERTIFICATE_TYPES =
      List.of(
          "JUMINHYO",
          "JUMINHYO_KISAI",
          "INKAN",
          "KOSEKI_ZENBU",
          "KOSEKI_KOJIN",
          "KOSEKI_FUHYO",
          "SHOTOKU_KAZEI",
          "SHOTOKU",
          "KAZEI");

  private final ServiceScheduleRepository repository;

  public ServiceCalendar(DataSource dataSource) {
    this(new ServiceScheduleRepository(dataSource));
  }

  public ServiceCalendar(ServiceScheduleRepository repository) {
    this.repository = repository;
  }

  public ServiceState stateAt(Instant instant, String certificateType) {
    return repository.load(instant).stateAt(instant, certificateType);
  }

  /**
   * The current settings read once, for the state of several types at one instant (a kiosk's menu
   * asks for all of them).
   */
  public ServiceSchedule schedule(Instant instant) {
    return repository.load(instant);
  }
}

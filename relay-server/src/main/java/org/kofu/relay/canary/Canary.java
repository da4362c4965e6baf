package org.kofu.relay.canary;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.readback.PersonSnapshot;
import org.kofu.relay.RelayProperties;
import org.kofu.relay.problem.RelayException;
import org.kofu.relay.service.ServiceGate;
import org.springframework.stereotype.Component;

/**
 * One canary run: for every type the city enables and the calendar opens now, a certificate of the
 * type's test person issued through the public listener and read back. The first failing check ends
 * the run and names itself; nothing is retried, since the defect that made one body wrong could
 * make the next one wrong too.
 */
@Component("canaryRun")
class Canary {

  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  /** Attempts of one type when the relay answers 503 without having refused a body. */
  private static final int ATTEMPTS = 3;

  private static final long RETRY_AFTER_MS = 2_000;

  private final CanaryProperties properties;
  private final RelayProperties relay;
  private final ServiceGate gate;
  private final CanaryPersons persons;
  private final CanaryRequests requests;
  private final NumberingCheck numbering;
  private final MeterRegistry registry;
  private final Clock clock;

  Canary(
      CanaryProperties properties,
      RelayProperties relay,
      ServiceGate gate,
      CanaryPersons persons,
      CanaryRequests requests,
      NumberingCheck numbering,
      MeterRegistry registry,
      Clock clock) {
    this.properties = properties;
    this.relay = relay;
    this.gate = gate;
    this.persons = persons;
    this.requests = requests;
    this.numbering = numbering;
    this.registry = registry;
    this.clock = clock;
  }

  CanaryResult run() throws Exception {
    Set<CertificateType> enabled = EnumSet.allOf(CertificateType.class);
    enabled.removeAll(relay.disabledTypes());
    for (CertificateType type : enabled) {
      if (properties.persons().get(type) == null) {
        return failed(
            "persons", "no test person for " + type + " (kofu.relay.canary.persons." + type + ")");
      }
    }
    Map<CertificateType, RelayException> closed = gate.closures(enabled);
    if (closed.keySet().containsAll(enabled)) {
      RelayException why = closed.values().iterator().next();
      return new CanaryResult(
          CanaryResult.State.WAITING, "service-hours", why.reason(), clock.instant());
    }
    String municipality = relay.municipalities().get(0);
    LocalDate today = LocalDate.now(clock.withZone(TOKYO));
    String counter = numbering.beforeIssuing(municipality, today);
    if (counter != null) {
      return failedWith(counter);
    }
    int issued = 0;
    for (CertificateType type : enabled) {
      if (closed.containsKey(type)) {
        continue; // stopped by the city for now: not offered to kiosks either
      }
      String failure = issueAndRead(type, municipality, today);
      if (failure != null) {
        return failedWith(failure);
      }
      issued++;
    }
    return new CanaryResult(
        CanaryResult.State.PASSED, null, issued + " types issued and read back", clock.instant());
  }

  private String issueAndRead(CertificateType type, String municipality, LocalDate today)
      throws Exception {
    String code = properties.persons().get(type);
    Optional<PersonSnapshot> before = persons.read(code);
    if (before.isEmpty()) {
      return "persons: the test person for " + type + " has no resident record";
    }
    String requestId = null;
    double refusedBefore = refusals();
    CanaryRequests.Reply reply = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      requestId = "canary-" + UUID.randomUUID();
      reply = requests.certificate(requestId, municipality, code, type, clock.instant());
      if (reply.status() != 503 || refusals() > refusedBefore || attempt == ATTEMPTS) {
        break;
      }
      // a 503 that no refused body caused (a cold first rendering over the request's budget, a
      // source slow for a moment) is what a kiosk retries too
      Thread.sleep(RETRY_AFTER_MS);
    }
    if (reply.answer() == null) {
      String check = refusals() > refusedBefore ? "subject" : "issuance";
      return check
          + ": "
          + type
          + " answered "
          + reply.status()
          + " "
          + reply.reason()
          + (check.equals("subject") ? " (the served-body check refused a body)" : "");
    }
    PersonSnapshot now = persons.read(code).orElse(before.get());
    String reading = CanaryReading.failure(type, reply.answer(), now, today);
    if (reading != null) {
      return reading;
    }
    return numbering.afterIssuing(
        requestId, reply.answer().certificateNumber(), reply.answer().sha256());
  }

  private double refusals() {
    return Search.in(registry).name("kofu.relay.served.body.refused").counters().stream()
        .mapToDouble(c -> c.count())
        .sum();
  }

  private CanaryResult failed(String check, String detail) {
    return CanaryResult.failed(check, detail, clock.instant());
  }

  /** A failure written as {@code check: detail}. */
  private CanaryResult failedWith(String failure) {
    int colon = failure.indexOf(':');
    return failed(failure.substring(0, colon), failure.substring(colon + 1).trim());
  }

  /** The request-independent instant of a run, for the audit. */
  Instant now() {
    return clock.instant();
  }
}

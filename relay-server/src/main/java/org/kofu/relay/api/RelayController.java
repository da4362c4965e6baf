package org.kofu.relay.api;

import org.kofu.relay.RelayProperties;
import org.kofu.relay.budget.RequestBudget;
import org.kofu.relay.canary.CanaryToken;
import org.kofu.relay.idempotency.ResultNotifications;
import org.kofu.relay.idempotency.ResultReport;
import org.kofu.relay.issuance.CertificateOrder;
import org.kofu.relay.issuance.IssuanceService;
import org.kofu.relay.issuance.MenuQuery;
import org.kofu.relay.issuance.MenuService;
import org.kofu.relay.person.RegistrationApplication;
import org.kofu.relay.person.Registrations;
import org.kofu.relay.problem.RelayException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The contract's endpoints: requests arrive read by the wire format ({@link WireRequests}), are
 * handed over within the request budget, and the wire format writes the answer.
 */
@RestController
@RequestMapping("/jlis/v1")
class RelayController {

  private final WireFormat wire;
  private final MenuService menus;
  private final IssuanceService issuance;
  private final ResultNotifications results;
  private final Registrations registrations;
  private final RelayProperties properties;
  private final RequestBudget budget;
  private final CanaryToken canaryToken;

  RelayController(
      WireFormat wire,
      MenuService menus,
      IssuanceService issuance,
      ResultNotifications results,
      Registrations registrations,
      RelayProperties properties,
      RequestBudget budget,
      CanaryToken canaryToken) {
    this.canaryToken = canaryToken;
    this.wire = wire;
    this.menus = menus;
    this.issuance = issuance;
    this.results = results;
    this.registrations = registrations;
    this.properties = properties;
    this.budget = budget;
  }

  @PostMapping("/menu")
  ResponseEntity<?> menu(
      MenuQuery query, @RequestHeader(value = CanaryToken.HEADER, required = false) String canary) {
    admit(query.kioskId(), canary);
    return wire.menuAnswer(query, budget.within(() -> menus.menu(query)));
  }

  @PostMapping("/certificates")
  ResponseEntity<?> certificate(
      CertificateOrder order,
      @RequestHeader(value = CanaryToken.HEADER, required = false) String canary) {
    admit(order.kioskId(), canary);
    return wire.certificateAnswer(budget.within(() -> issuance.issue(order)));
  }

  @PostMapping("/certificates/{requestId}/result")
  ResponseEntity<?> result(ResultReport report) {
    budget.within(
        () -> {
          results.record(report);
          return report;
        });
    return wire.resultAnswer(report);
  }

  /** The canary's kiosk id only from this process's own canary (its mark must not be forged). */
  private void admit(String kioskId, String canary) {
    if (!canaryToken.admits(kioskId, canary)) {
      throw RelayException.of(400, "INVALID_REQUEST", "this kiosk id is reserved");
    }
  }

  @PostMapping("/registrations")
  ResponseEntity<?> registration(RegistrationApplication application) {
    if (!properties.municipalities().contains(application.municipalityCode())) {
      throw RelayException.of(403, "WRONG_MUNICIPALITY", "this municipality is not served here");
    }
    long id = budget.within(() -> registrations.apply(application));
    return wire.registrationAnswer(application, id);
  }
}

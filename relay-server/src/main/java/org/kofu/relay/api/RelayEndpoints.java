package org.kofu.relay.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.kofu.relay.RelayProperties;
import org.kofu.relay.api.WireFormat.RequestIdSink;
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
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The contract's requests: read by the wire format, handed over within the request budget, and
 * answered by the wire format.
 */
@Component
class RelayEndpoints {

  private final WireFormat wire;
  private final MenuService menus;
  private final IssuanceService issuance;
  private final ResultNotifications results;
  private final Registrations registrations;
  private final RelayProperties properties;
  private final RequestBudget budget;
  private final CanaryToken canaryToken;

  RelayEndpoints(
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

  ResponseEntity<byte[]> menu(HttpServletRequest request, HttpServletResponse response) {
    MenuQuery query = wire.menu(body(request), seen(response));
    admit(query.kioskId(), request);
    return wire.menuAnswer(query, budget.within(() -> menus.menu(query)));
  }

  ResponseEntity<byte[]> certificate(HttpServletRequest request, HttpServletResponse response) {
    CertificateOrder order = wire.certificate(body(request), seen(response));
    admit(order.kioskId(), request);
    return wire.certificateAnswer(budget.within(() -> issuance.issue(order)));
  }

  ResponseEntity<byte[]> result(HttpServletRequest request, HttpServletResponse response) {
    @SuppressWarnings("unchecked")
    var path =
        (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    ResultReport report = wire.result(path.get("requestId"), body(request));
    budget.within(
        () -> {
          results.record(report);
          return report;
        });
    return wire.resultAnswer(report);
  }

  ResponseEntity<byte[]> registration(HttpServletRequest request, HttpServletResponse response) {
    RegistrationApplication application = wire.registration(body(request), seen(response));
    if (!properties.municipalities().contains(application.municipalityCode())) {
      throw RelayException.of(403, "WRONG_MUNICIPALITY", "this municipality is not served here");
    }
    long id = budget.within(() -> registrations.apply(application));
    return wire.registrationAnswer(application, id);
  }

  private byte[] body(HttpServletRequest request) {
    return WireRequests.body(request, wire.requestType());
  }

  private static RequestIdSink seen(HttpServletResponse response) {
    return id -> RequestIds.set(response, id);
  }

  /** The canary's kiosk id only from this process's own canary (its mark must not be forged). */
  private void admit(String kioskId, HttpServletRequest request) {
    if (!canaryToken.admits(kioskId, request.getHeader(CanaryToken.HEADER))) {
      throw RelayException.of(400, "INVALID_REQUEST", "this kiosk id is reserved");
    }
  }
}

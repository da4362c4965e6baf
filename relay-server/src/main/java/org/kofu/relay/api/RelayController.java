package org.kofu.relay.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kofu.relay.RelayProperties;
import org.kofu.relay.budget.RequestBudget;
import org.kofu.relay.idempotency.ResultNotifications;
import org.kofu.relay.issuance.CertificateOrder;
import org.kofu.relay.issuance.IssuanceService;
import org.kofu.relay.issuance.IssuedCertificate;
import org.kofu.relay.issuance.Menu;
import org.kofu.relay.issuance.MenuService;
import org.kofu.relay.person.RegistrationApplication;
import org.kofu.relay.person.Registrations;
import org.kofu.relay.problem.RelayException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The contract's endpoints: parse with the wire format, hand over within the request budget, write
 * the answer.
 */
@RestController
@RequestMapping(path = "/jlis/v1", consumes = MediaType.APPLICATION_JSON_VALUE)
class RelayController {

  private static final MediaType PDF = MediaType.APPLICATION_PDF;

  private final WireFormat wire;
  private final MenuService menus;
  private final IssuanceService issuance;
  private final ResultNotifications results;
  private final Registrations registrations;
  private final RelayProperties properties;
  private final RequestBudget budget;

  RelayController(
      WireFormat wire,
      MenuService menus,
      IssuanceService issuance,
      ResultNotifications results,
      Registrations registrations,
      RelayProperties properties,
      RequestBudget budget) {
    this.wire = wire;
    this.menus = menus;
    this.issuance = issuance;
    this.results = results;
    this.registrations = registrations;
    this.properties = properties;
    this.budget = budget;
  }

  @PostMapping("/menu")
  ResponseEntity<Map<String, Object>> menu(
      HttpServletRequest request, HttpServletResponse response) {
    var query = wire.menu(RequestBodies.read(request), id -> RequestIds.set(response, id));
    Menu menu = budget.within(() -> menus.menu(query));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("requestId", query.requestId());
    body.put("available", menu.available().stream().map(RelayController::available).toList());
    body.put(
        "unavailable",
        menu.unavailable().stream()
            .map(u -> Map.of("certificateType", u.certificateType().name(), "reason", u.reason()))
            .toList());
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
  }

  private static Map<String, Object> available(Menu.Available a) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("certificateType", a.certificateType().name());
    item.put("feeYen", a.feeYen());
    if (a.fiscalYears() != null) {
      item.put("fiscalYears", List.copyOf(a.fiscalYears()));
    }
    return item;
  }

  @PostMapping("/certificates")
  ResponseEntity<byte[]> certificate(HttpServletRequest request, HttpServletResponse response) {
    CertificateOrder order =
        wire.certificate(RequestBodies.read(request), id -> RequestIds.set(response, id));
    IssuedCertificate issued = budget.within(() -> issuance.issue(order));
    return ResponseEntity.ok()
        .contentType(PDF)
        .header("X-Certificate-Number", issued.certificateNumber())
        .header("X-Fee-Yen", Integer.toString(issued.feeYen()))
        .header("X-Page-Count", Integer.toString(issued.pageCount()))
        .header("X-Content-SHA256", issued.bodySha256())
        .header("X-Source", issued.source())
        .body(issued.pdf());
  }

  @PostMapping("/certificates/{requestId}/result")
  ResponseEntity<Void> result(@PathVariable String requestId, HttpServletRequest request) {
    var result = wire.result(requestId, RequestBodies.read(request));
    budget.within(
        () -> {
          results.record(result);
          return result;
        });
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/registrations")
  ResponseEntity<Map<String, Object>> registration(
      HttpServletRequest request, HttpServletResponse response) {
    RegistrationApplication application =
        wire.registration(RequestBodies.read(request), id -> RequestIds.set(response, id));
    if (!properties.municipalities().contains(application.municipalityCode())) {
      throw RelayException.of(403, "WRONG_MUNICIPALITY", "this municipality is not served here");
    }
    long id = budget.within(() -> registrations.apply(application));
    return ResponseEntity.accepted()
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("registrationId", Long.toString(id), "status", "PENDING"));
  }
}

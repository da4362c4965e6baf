package org.kofu.relay.issuance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kofu.core.certificate.CertificateOptions;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.legacy.read.ReadMemo;
import org.kofu.core.rules.IssuanceDecision;
import org.kofu.core.rules.RefusalCause;
import org.kofu.relay.RelayProperties;
import org.kofu.relay.fees.FeeTable;
import org.kofu.relay.log.IssuanceLog;
import org.kofu.relay.log.LogEntry;
import org.kofu.relay.person.FoundPerson;
import org.kofu.relay.person.PersonFinder;
import org.kofu.relay.problem.RelayException;
import org.kofu.relay.service.ServiceGate;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/** 交付可能証明書照会: every type through the same rules as an issuance, with default options. */
@Component
public class MenuService {

  private final RelayProperties properties;
  private final ServiceGate serviceGate;
  private final PersonFinder persons;
  private final Decisions decisions;
  private final IssuanceLog issuanceLog;
  private final Printability printability;
  private final FeeTable fees;
  private final Clock clock;

  MenuService(
      RelayProperties properties,
      ServiceGate serviceGate,
      PersonFinder persons,
      Decisions decisions,
      IssuanceLog issuanceLog,
      Printability printability,
      FeeTable fees,
      Clock clock) {
    this.properties = properties;
    this.serviceGate = serviceGate;
    this.persons = persons;
    this.decisions = decisions;
    this.issuanceLog = issuanceLog;
    this.printability = printability;
    this.fees = fees;
    this.clock = clock;
  }

  public Menu menu(MenuQuery query) {
    long start = System.nanoTime();
    String personKey = null;
    try {
      if (!properties.municipalities().contains(query.municipalityCode())) {
        throw RelayException.of(403, "WRONG_MUNICIPALITY", "this municipality is not served here");
      }
      Menu menu;
      // every type decided from one reading of each row: the restrictions of everyone a type
      // prints, in both systems, are read once for the menu, not once per type
      try (ReadMemo memo = ReadMemo.open()) {
        FoundPerson person = persons.find(query.juminhyoCode(), null);
        personKey = person.ref().key();
        menu = menuOf(person, query.requestedAt().toInstant());
      }
      log(query, personKey, 200, "ANSWERED", null, start);
      return menu;
    } catch (RelayException e) {
      log(query, personKey, e.status(), "REFUSED", e.reason(), start);
      throw e;
    } catch (DataAccessException e) {
      log(query, personKey, 503, "ERROR", "SOURCE_UNAVAILABLE", start);
      throw RelayException.unavailable(
          "SOURCE_UNAVAILABLE",
          "the existing systems cannot be read",
          properties.sourceRetryAfter());
    }
  }

  private Menu menuOf(FoundPerson person, Instant requestedAt) {
    LocalDate today = LocalDate.now(clock.withZone(IssuanceService.TOKYO));
    List<Menu.Available> available = new ArrayList<>();
    List<Menu.Unavailable> unavailable = new ArrayList<>();
    Map<CertificateType, RelayException> closures =
        serviceGate.closures(List.of(CertificateType.values()));
    for (CertificateType type : CertificateType.values()) {
      RelayException closed = closures.get(type);
      if (closed != null) {
        unavailable.add(new Menu.Unavailable(type, closed.reason()));
        continue;
      }
      var subject = new CertificateSubject(person.ref(), type, CertificateOptions.defaults());
      IssuanceDecision decision = decisions.decide(person, subject, today);
      if (decision instanceof IssuanceDecision.Refused refused) {
        unavailable.add(new Menu.Unavailable(type, refused.cause().name()));
      } else if (!printability.printableWithSomeOptions(subject)) {
        unavailable.add(new Menu.Unavailable(type, RefusalCause.UNPRINTABLE_CHARACTER.name()));
      } else {
        // a tax type lists exactly the 年度 on record within the city's window
        List<Integer> years =
            type.family() == CertificateType.Family.TAX
                ? decisions.issuableTaxYears(person, today)
                : null;
        available.add(new Menu.Available(type, fees.feeAt(type, requestedAt), years));
      }
    }
    return new Menu(available, unavailable);
  }

  private void log(
      MenuQuery query, String personKey, int status, String decision, String reason, long start) {
    issuanceLog.append(
        new LogEntry(
            clock.instant(),
            "MENU",
            query.requestId(),
            query.kioskId(),
            personKey,
            null,
            null,
            status,
            decision,
            reason,
            null,
            null,
            null,
            (System.nanoTime() - start) / 1_000_000));
  }
}

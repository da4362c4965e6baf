package org.kofu.relay.issuance;

import java.time.LocalDate;
import java.util.List;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.rules.IssuanceDecision;
import org.kofu.core.rules.IssuanceRules;
import org.kofu.relay.person.FoundPerson;
import org.kofu.relay.problem.RelayException;
import org.springframework.stereotype.Component;

/** The rules step: fresh facts, the pure rules, and a 422 with the cause when they refuse. */
@Component
class Decisions {

  private final IssuanceFactsReader facts;
  private final IssuanceRules rules;

  Decisions(IssuanceFactsReader facts, IssuanceRules rules) {
    this.facts = facts;
    this.rules = rules;
  }

  IssuanceDecision decide(FoundPerson person, CertificateSubject subject, LocalDate today) {
    return rules.evaluate(facts.read(person, subject, today));
  }

  void require(FoundPerson person, CertificateSubject subject, LocalDate today) {
    if (decide(person, subject, today) instanceof IssuanceDecision.Refused refused) {
      throw RelayException.notIssuable(refused.cause().name());
    }
  }

  /** The 年度 the person has a tax record of (the menu's {@code fiscalYears}). */
  List<Integer> fiscalYears(FoundPerson person) {
    return facts.fiscalYears(person);
  }
}

package org.kofu.relay.issuance;

import java.time.LocalDate;
import java.util.List;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.ResidentForm;
import org.kofu.core.render.ResidentFormProperties;
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
  private final ResidentForm cityForm;

  Decisions(IssuanceFactsReader facts, IssuanceRules rules, ResidentFormProperties forms) {
    this.facts = facts;
    this.rules = rules;
    this.cityForm = forms.defaultForm();
  }

  /** The order with the city's 住民票 form where it named none (the rules judge a named one). */
  CertificateOrder withCityForm(CertificateOrder order) {
    return order.withDefaultForm(cityForm);
  }

  IssuanceDecision decide(FoundPerson person, CertificateSubject subject, LocalDate today) {
    return rules.evaluate(facts.read(person, subject, today));
  }

  /** The 年度 of the person's tax records a kiosk may issue today, oldest first. */
  List<Integer> issuableTaxYears(FoundPerson person, LocalDate today) {
    return rules.issuableTaxYears(facts.fiscalYears(person), today);
  }

  void require(FoundPerson person, CertificateSubject subject, LocalDate today) {
    if (decide(person, subject, today) instanceof IssuanceDecision.Refused refused) {
      throw RelayException.notIssuable(refused.cause().name());
    }
  }
}

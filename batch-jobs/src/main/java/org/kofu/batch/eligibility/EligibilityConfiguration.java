package org.kofu.batch.eligibility;

import org.kofu.core.legacy.koseki.KosekiReader;
import org.kofu.core.legacy.madoguchi.MadoguchiReader;
import org.kofu.core.rules.IssuancePolicy;
import org.kofu.core.rules.IssuanceRules;
import org.kofu.core.rules.TaxYearsProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EligibilityConfiguration {

  @Bean
  EligibilityPlanner eligibilityPlanner(
      MadoguchiReader madoguchi,
      KosekiReader koseki,
      PregenerationProperties properties,
      ObjectProvider<TaxYearsProperties> taxYears) {
    // the relay's window of tax years: a body of a 年度 it would refuse is not made
    IssuancePolicy defaults = IssuancePolicy.defaults();
    IssuancePolicy policy =
        new IssuancePolicy(
            defaults.minimumAge(),
            defaults.myNumberEnabled(),
            defaults.enabledTypes(),
            taxYears.stream()
                .findFirst()
                .map(TaxYearsProperties::window)
                .orElse(defaults.taxYears()));
    return new EligibilityPlanner(
        madoguchi, koseki, new IssuanceRules(policy), properties.variants());
  }
}

package org.kofu.batch.eligibility;

import java.util.Set;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.legacy.koseki.KosekiReader;
import org.kofu.core.legacy.madoguchi.MadoguchiReader;
import org.kofu.core.render.ResidentFormProperties;
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
      ResidentFormProperties forms,
      ObjectProvider<TaxYearsProperties> taxYears) {
    // the city's default 住民票 form (what a kiosk request naming none is served) and the relay's
    // window of tax years (a body of a 年度 it would refuse is not made)
    IssuancePolicy policy =
        new IssuancePolicy(
            15,
            false,
            Set.of(CertificateType.values()),
            forms.defaultForm(),
            false,
            taxYears.stream()
                .findFirst()
                .map(TaxYearsProperties::window)
                .orElse(IssuancePolicy.defaults().taxYears()));
    return new EligibilityPlanner(
        madoguchi, koseki, new IssuanceRules(policy), properties.variants(), forms.defaultForm());
  }
}

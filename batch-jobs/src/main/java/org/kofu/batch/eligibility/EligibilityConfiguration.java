package org.kofu.batch.eligibility;

import org.kofu.core.legacy.koseki.KosekiReader;
import org.kofu.core.legacy.madoguchi.MadoguchiReader;
import org.kofu.core.rules.IssuancePolicy;
import org.kofu.core.rules.IssuanceRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EligibilityConfiguration {

  @Bean
  EligibilityPlanner eligibilityPlanner(
      MadoguchiReader madoguchi, KosekiReader koseki, PregenerationProperties properties) {
    return new EligibilityPlanner(
        madoguchi, koseki, new IssuanceRules(IssuancePolicy.defaults()), properties.variants());
  }
}

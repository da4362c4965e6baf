package org.kofu.relay.issuance;

import java.util.EnumSet;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.render.CertificateProperties;
import org.kofu.core.render.ResidentFormProperties;
import org.kofu.core.rules.IssuancePolicy;
import org.kofu.core.rules.IssuanceRules;
import org.kofu.core.rules.TaxYearsProperties;
import org.kofu.relay.RelayProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RulesConfiguration {

  @Bean
  IssuanceRules issuanceRules(
      RelayProperties relay,
      CertificateProperties certificate,
      ResidentFormProperties forms,
      TaxYearsProperties taxYears) {
    EnumSet<CertificateType> enabled = EnumSet.allOf(CertificateType.class);
    enabled.removeAll(relay.disabledTypes());
    return new IssuanceRules(
        new IssuancePolicy(
            relay.minimumAge(),
            certificate.myNumberEnabled(),
            enabled,
            forms.defaultForm(),
            forms.kioskMayChoose(),
            taxYears.window()));
  }
}

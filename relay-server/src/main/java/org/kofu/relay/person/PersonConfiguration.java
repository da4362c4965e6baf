package org.kofu.relay.person;

import javax.sql.DataSource;
import org.kofu.core.legacy.koseki.KosekiReader;
import org.kofu.core.registration.RegisterMatching;
import org.kofu.projectdb.registration.RegistrationAudit;
import org.kofu.projectdb.registration.RegistrationRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PersonConfiguration {

  @Bean
  RegistrationRepository registrationRepository(DataSource projectDataSource) {
    return new RegistrationRepository(projectDataSource);
  }

  @Bean
  RegistrationAudit registrationAudit(DataSource projectDataSource) {
    return new RegistrationAudit(projectDataSource);
  }

  @Bean
  RegisterMatching registerMatching(KosekiReader koseki) {
    return new RegisterMatching(koseki);
  }
}

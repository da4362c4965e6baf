package org.kofu.relay.person;

import javax.sql.DataSource;
import org.kofu.projectdb.registration.RegistrationRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PersonConfiguration {

  @Bean
  RegistrationRepository registrationRepository(DataSource projectDataSource) {
    return new RegistrationRepository(projectDataSource);
  }
}

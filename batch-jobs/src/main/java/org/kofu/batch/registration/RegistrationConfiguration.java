package org.kofu.batch.registration;

import java.time.Clock;
import javax.sql.DataSource;
import org.kofu.core.legacy.koseki.KosekiReader;
import org.kofu.core.registration.RegisterMatching;
import org.kofu.projectdb.registration.RegistrationAudit;
import org.kofu.projectdb.registration.RegistrationRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RegistrationConfiguration {

  @Bean
  RegistrationSuspensions registrationSuspensions(
      DataSource projectDb, KosekiReader koseki, Clock clock) {
    return new RegistrationSuspensions(
        new RegistrationRepository(projectDb),
        new RegisterMatching(koseki),
        new RegistrationAudit(projectDb),
        clock);
  }
}

package org.kofu.admin;

import java.time.Clock;
import javax.sql.DataSource;
import org.kofu.core.legacy.ProjectPoolTimeouts;
import org.kofu.projectdb.chain.HashChain;
import org.kofu.projectdb.coverage.CoverageResults;
import org.kofu.projectdb.registration.RegistrationRepository;
import org.kofu.projectdb.service.ServiceCalendar;
import org.kofu.projectdb.service.ServiceScheduleRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The shared project-db classes, on the primary DataSource (the project database). */
@Configuration(proxyBeanMethods = false)
class ProjectDbConfiguration {

  /** Driver timeouts of the project database's pool: {@code kofu.admin.project-db.timeouts.*}. */
  @Bean
  static ProjectPoolTimeouts projectPoolTimeouts(Environment environment) {
    return ProjectPoolTimeouts.of(environment, "kofu.admin.project-db.timeouts");
  }

  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemDefaultZone();
  }

  @Bean
  HashChain hashChain(DataSource dataSource) {
    return new HashChain(dataSource);
  }

  @Bean
  ServiceScheduleRepository serviceScheduleRepository(DataSource dataSource) {
    return new ServiceScheduleRepository(dataSource);
  }

  @Bean
  ServiceCalendar serviceCalendar(ServiceScheduleRepository repository) {
    return new ServiceCalendar(repository);
  }

  @Bean
  RegistrationRepository registrationRepository(DataSource dataSource) {
    return new RegistrationRepository(dataSource);
  }

  @Bean
  CoverageResults coverageResults(DataSource dataSource) {
    return new CoverageResults(dataSource);
  }
}

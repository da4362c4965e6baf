package org.kofu.batch;

import org.kofu.core.legacy.ProjectPoolTimeouts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Driver timeouts of the project database's pool ({@code kofu.batch.project-db.timeouts.*}): a
 * database that stops answering fails the step, which the next launch restarts, instead of holding
 * a Quartz thread and the job's lock for ever.
 */
@Configuration(proxyBeanMethods = false)
class ProjectDbTimeouts {

  @Bean
  static ProjectPoolTimeouts projectPoolTimeouts(Environment environment) {
    return ProjectPoolTimeouts.of(environment, "kofu.batch.project-db.timeouts");
  }
}

package org.kofu.batch.progress;

import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProgressConfiguration {

  @Bean
  JobProgress jobProgress(JobExplorer explorer) {
    return new JobProgress(explorer);
  }
}

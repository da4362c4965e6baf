package org.kofu.batch.skip;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SkipConfiguration {

  @Bean
  SkipLog skipLog(DataSource projectDb, Clock clock) {
    return new SkipLog(projectDb, clock);
  }

  @Bean
  SkipLogListener skipLogListener(SkipLog skipLog) {
    return new SkipLogListener(skipLog);
  }

  @Bean
  ForeignSkips foreignSkips(SkipLog skipLog) {
    return new ForeignSkips(skipLog);
  }
}

package org.kofu.relay;

import com.zaxxer.hikari.HikariDataSource;
import org.kofu.core.legacy.LegacySourcesConfiguration;
import org.kofu.core.legacy.ProjectPoolTimeouts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * An unreachable existing system must give a quick 503, not a request held for Hikari's default 30
 * seconds: the legacy pools wait at most {@code kofu.relay.source-timeout} for a connection (their
 * driver timeouts are {@code kofu.legacy.timeouts.*}). The project database's pool gets the driver
 * timeouts {@code kofu.relay.project-db.timeouts.*} before it starts (migrations run on a
 * connection of their own, {@code spring.flyway.user}, outside these bounds); its connection wait
 * is {@code spring.datasource.hikari.connection-timeout}.
 */
@Configuration(proxyBeanMethods = false)
class SourceTimeouts {

  @Bean
  static ProjectPoolTimeouts projectPoolTimeouts(Environment environment) {
    return ProjectPoolTimeouts.of(environment, "kofu.relay.project-db.timeouts");
  }

  @Bean
  static BeanPostProcessor legacyPoolTimeouts(ObjectProvider<RelayProperties> properties) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        boolean legacy =
            LegacySourcesConfiguration.MADOGUCHI.equals(name)
                || LegacySourcesConfiguration.KOSEKI.equals(name);
        if (legacy && bean instanceof HikariDataSource pool) {
          long millis = Math.max(250, properties.getObject().sourceTimeout().toMillis());
          pool.setConnectionTimeout(millis);
          pool.setValidationTimeout(Math.min(millis, 5000));
        }
        return bean;
      }
    };
  }
}

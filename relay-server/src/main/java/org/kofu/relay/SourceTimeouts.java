package org.kofu.relay;

import com.zaxxer.hikari.HikariDataSource;
import org.kofu.core.legacy.JdbcTimeouts;
import org.kofu.core.legacy.LegacySourcesConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An unreachable existing system must give a quick 503, not a request held for Hikari's default 30
 * seconds: the legacy pools wait at most {@code kofu.relay.source-timeout} for a connection (their
 * driver timeouts are {@code kofu.legacy.timeouts.*}). The project database's pool gets the driver
 * timeouts {@code kofu.relay.project-db.*} before it starts; its connection wait is {@code
 * spring.datasource.hikari.connection-timeout}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SourceTimeouts.ProjectDb.class)
class SourceTimeouts {

  /**
   * {@code kofu.relay.project-db.*}: the project database's driver timeouts. No statement timeout
   * by default: the chain verification reads a whole chain through this pool; migrations run on a
   * connection of their own ({@code spring.flyway.user}), outside these bounds.
   */
  @ConfigurationProperties("kofu.relay.project-db")
  record ProjectDb(@DefaultValue JdbcTimeouts timeouts) {}

  @Bean
  static BeanPostProcessor poolTimeouts(
      ObjectProvider<RelayProperties> properties, ObjectProvider<ProjectDb> projectDb) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String name) {
        if ("dataSource".equals(name) && bean instanceof HikariDataSource pool) {
          projectDb.getObject().timeouts().applyTo(pool);
        }
        return bean;
      }

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

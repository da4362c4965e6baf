package org.kofu.relay;

import com.zaxxer.hikari.HikariDataSource;
import org.kofu.core.legacy.LegacySourcesConfiguration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An unreachable existing system must give a quick 503, not a request held for Hikari's default 30
 * seconds: the legacy pools wait at most {@code kofu.relay.source-timeout} for a connection.
 */
@Configuration(proxyBeanMethods = false)
class SourceTimeouts {

  @Bean
  static BeanPostProcessor legacyPoolTimeouts(
      org.springframework.beans.factory.ObjectProvider<RelayProperties> properties) {
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

package org.kofu.admin.issuance;

import com.zaxxer.hikari.HikariDataSource;
import org.kofu.admin.legacy.ReadOnlyLegacyPool;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The 窓口交付 database, read-only and only to turn a 住民票コード into a PersonRef key. Settings as
 * certificate-core's {@code kofu.legacy.madoguchi.*}; without a URL the person search is off. Not a
 * default candidate, so a plain {@code DataSource} is still the project database.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("kofu.legacy.madoguchi.url")
class MadoguchiSource {

  static final String NAME = "adminMadoguchiDataSource";

  @Bean(name = NAME, defaultCandidate = false)
  @Qualifier(NAME)
  HikariDataSource adminMadoguchiDataSource(Environment environment) {
    return ReadOnlyLegacyPool.of(environment, "madoguchi");
  }
}

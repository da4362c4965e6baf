package org.kofu.admin.registration;

import com.zaxxer.hikari.HikariDataSource;
import org.kofu.admin.legacy.ReadOnlyLegacyPool;
import org.kofu.core.legacy.koseki.KosekiReader;
import org.kofu.core.registration.RegisterMatching;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The 戸籍 database, read-only and only to offer a registration's candidates and check the chosen
 * one. Settings as certificate-core's {@code kofu.legacy.koseki.*}; without a URL there are no
 * candidates, so applications can only be rejected (the view says why). Not a default candidate, so
 * a plain {@code DataSource} is still the project database.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("kofu.legacy.koseki.url")
class KosekiSource {

  static final String NAME = "adminKosekiDataSource";

  @Bean(name = NAME, defaultCandidate = false)
  @Qualifier(NAME)
  HikariDataSource adminKosekiDataSource(Environment environment) {
    return ReadOnlyLegacyPool.of(environment, "koseki");
  }

  @Bean
  RegisterMatching adminRegisterMatching(@Qualifier(NAME) HikariDataSource koseki) {
    return new RegisterMatching(new KosekiReader(koseki));
  }
}

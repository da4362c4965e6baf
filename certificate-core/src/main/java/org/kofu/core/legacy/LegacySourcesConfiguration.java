package org.kofu.core.legacy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.kofu.core.legacy.koseki.KosekiReader;
import org.kofu.core.legacy.madoguchi.MadoguchiReader;
import org.kofu.core.render.CertificateProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The two read-only data sources of the existing systems and their readers. The data sources are
 * not default candidates: injecting a plain {@code DataSource} still gets the project's own
 * database (Spring Boot's auto-configured one), and these are only reached by their qualifier.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LegacySourcesProperties.class)
public class LegacySourcesConfiguration {

  /** Bean name and qualifier of the 窓口交付 data source. */
  public static final String MADOGUCHI = "madoguchiDataSource";

  /** Bean name and qualifier of the 戸籍 data source. */
  public static final String KOSEKI = "kosekiDataSource";

  @Bean(name = MADOGUCHI, defaultCandidate = false)
  @Qualifier(MADOGUCHI)
  HikariDataSource madoguchiDataSource(LegacySourcesProperties properties) {
    return readOnlyPool("legacy-madoguchi", properties.madoguchi(), properties.timeouts());
  }

  @Bean(name = KOSEKI, defaultCandidate = false)
  @Qualifier(KOSEKI)
  HikariDataSource kosekiDataSource(LegacySourcesProperties properties) {
    return readOnlyPool("legacy-koseki", properties.koseki(), properties.timeouts());
  }

  /**
   * Reads the 個人番号 only where certificates may print it ({@code
   * kofu.certificate.my-number-enabled}, off by default; a role that renders nothing never does).
   */
  @Bean
  MadoguchiReader madoguchiReader(
      @Qualifier(MADOGUCHI) DataSource dataSource,
      ObjectProvider<CertificateProperties> certificate) {
    CertificateProperties properties = certificate.getIfAvailable();
    return new MadoguchiReader(dataSource, properties != null && properties.myNumberEnabled());
  }

  @Bean
  KosekiReader kosekiReader(@Qualifier(KOSEKI) DataSource dataSource) {
    return new KosekiReader(dataSource);
  }

  static HikariDataSource readOnlyPool(String name, LegacySourcesProperties.Source source) {
    return readOnlyPool(name, source, JdbcTimeouts.CONNECT_ONLY);
  }

  static HikariDataSource readOnlyPool(
      String name, LegacySourcesProperties.Source source, JdbcTimeouts timeouts) {
    HikariConfig config = readOnlyPoolConfig(name, source);
    timeouts.applyTo(config);
    return new HikariDataSource(config);
  }

  /** The pool's settings; building them touches no database. */
  static HikariConfig readOnlyPoolConfig(String name, LegacySourcesProperties.Source source) {
    HikariConfig config = new HikariConfig();
    config.setPoolName(name);
    config.setJdbcUrl(source.url());
    config.setUsername(source.username());
    config.setPassword(source.password());
    config.setMaximumPoolSize(source.maximumPoolSize());
    config.setReadOnly(true);
    if (source.url().startsWith("jdbc:postgresql:")) {
      // pgjdbc applies the read-only flag only inside explicit transactions unless told otherwise
      config.addDataSourceProperty("readOnlyMode", "always");
    }
    // a pool that starts before the source is reachable must not stop the application
    config.setInitializationFailTimeout(-1);
    return config;
  }
}

package org.kofu.core.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kofu.core.legacy.koseki.KosekiReader;
import org.kofu.core.legacy.madoguchi.MadoguchiReader;
import org.kofu.core.render.CertificateProperties;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class LegacySourcesConfigurationTests {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
          .withUserConfiguration(LegacySourcesConfiguration.class)
          .withPropertyValues(
              "kofu.legacy.madoguchi.url=jdbc:h2:mem:madoguchi;DB_CLOSE_DELAY=-1",
              "kofu.legacy.madoguchi.username=sa",
              "kofu.legacy.koseki.url=jdbc:h2:mem:koseki;DB_CLOSE_DELAY=-1",
              "kofu.legacy.koseki.username=sa");

  @Test
  void buildsTwoNamedReadOnlyPoolsAndTheirReaders() {
    runner.run(
        context -> {
          assertThat(context).hasNotFailed().hasSingleBean(MadoguchiReader.class);
          assertThat(context).hasSingleBean(KosekiReader.class);
          for (String name :
              new String[] {
                LegacySourcesConfiguration.MADOGUCHI, LegacySourcesConfiguration.KOSEKI
              }) {
            // H2 ignores the read-only hint; LegacySourcesReadOnlyIT checks PostgreSQL refuses
            // writes
            HikariDataSource ds = context.getBean(name, HikariDataSource.class);
            assertThat(ds.isReadOnly()).as(name).isTrue();
            assertThat(ds.getPoolName()).startsWith("legacy-");
          }
        });
  }

  @Test
  void readsTheMyNumberOnlyWhereCertificatesMayPrintIt() {
    runner.run(c -> assertThat(c.getBean(MadoguchiReader.class).readsMyNumber()).isFalse());
    ApplicationContextRunner printing =
        runner
            .withUserConfiguration(WithCertificateProperties.class)
            .withPropertyValues(
                "kofu.certificate.mayor-name=市長", "kofu.certificate.seal-image=/seal.jpg");
    printing.run(c -> assertThat(c.getBean(MadoguchiReader.class).readsMyNumber()).isFalse());
    printing
        .withPropertyValues("kofu.certificate.my-number-enabled=true")
        .run(c -> assertThat(c.getBean(MadoguchiReader.class).readsMyNumber()).isTrue());
  }

  @EnableConfigurationProperties(CertificateProperties.class)
  static class WithCertificateProperties {}

  @Test
  void leavesTheProjectsOwnDataSourceAsTheOneInjectedByType() {
    runner
        .withPropertyValues("spring.datasource.url=jdbc:h2:mem:kofu;DB_CLOSE_DELAY=-1")
        .run(
            context -> {
              assertThat(context).hasNotFailed().hasBean("dataSource");
              DataSource byType = context.getBean(DataSource.class);
              assertThat(byType).isSameAs(context.getBean("dataSource"));
              try (Connection conn = byType.getConnection()) {
                assertThat(conn.getMetaData().getURL()).contains("mem:kofu");
              }
            });
  }

  @Test
  void refusesToStartWithoutASourceUrl() {
    new ApplicationContextRunner()
        .withUserConfiguration(LegacySourcesConfiguration.class)
        .withPropertyValues("kofu.legacy.madoguchi.url=jdbc:h2:mem:x", "kofu.legacy.koseki.url=")
        .run(context -> assertThat(context).hasFailed());
  }

  @Test
  void neverPrintsThePassword() {
    var source = new LegacySourcesProperties.Source("jdbc:h2:mem:x", "reader", "s3cret", 2);
    assertThat(source.toString()).doesNotContain("s3cret");
  }

  @Test
  void ojdbcOnTheClasspathAcceptsAnOracleThinUrl() throws Exception {
    String url = "jdbc:oracle:thin:@//kikan-db.city.invalid:1521/MADOGUCHI";

    assertThat(DriverManager.getDriver(url).getClass().getName())
        .isEqualTo("oracle.jdbc.OracleDriver");
  }

  @Test
  void buildsAReadOnlyOraclePoolConfigWithoutPostgresOnlySettings() {
    // given
    var source =
        new LegacySourcesProperties.Source(
            "jdbc:oracle:thin:@//kikan-db.city.invalid:1521/MADOGUCHI", "kofu_reader", "pw", 3);

    // when: only the settings, so nothing connects
    HikariConfig config = LegacySourcesConfiguration.readOnlyPoolConfig("legacy-madoguchi", source);

    // then
    assertThat(config.isReadOnly()).isTrue();
    assertThat(config.getJdbcUrl()).isEqualTo(source.url());
    assertThat(config.getMaximumPoolSize()).isEqualTo(3);
    assertThat(config.getInitializationFailTimeout()).isNegative();
    assertThat(config.getDataSourceProperties()).doesNotContainKey("readOnlyMode");
  }

  @Test
  void tellsPgjdbcToApplyReadOnlyOutsideTransactionsToo() {
    var source = new LegacySourcesProperties.Source("jdbc:postgresql://db/madoguchi", "r", "", 2);

    HikariConfig config = LegacySourcesConfiguration.readOnlyPoolConfig("legacy-madoguchi", source);

    assertThat(config.getDataSourceProperties()).containsEntry("readOnlyMode", "always");
  }

  @Test
  void boundsEveryCallOfAPostgresPoolWithTheDriversOwnTimeouts() {
    var source = new LegacySourcesProperties.Source("jdbc:postgresql://db/madoguchi", "r", "", 2);
    HikariConfig config = LegacySourcesConfiguration.readOnlyPoolConfig("legacy-madoguchi", source);

    new JdbcTimeouts(Duration.ofMillis(1500), Duration.ofSeconds(4), Duration.ofSeconds(3))
        .applyTo(config);

    assertThat(config.getDataSourceProperties())
        .containsEntry("connectTimeout", "2")
        .containsEntry("loginTimeout", "2")
        .containsEntry("socketTimeout", "4")
        .containsEntry("options", "-c statement_timeout=3000")
        .containsEntry("readOnlyMode", "always");
  }

  @Test
  void boundsAnOraclePoolWithConnectAndReadTimeouts() {
    var source =
        new LegacySourcesProperties.Source(
            "jdbc:oracle:thin:@//kikan-db.city.invalid:1521/MADOGUCHI", "kofu_reader", "pw", 3);
    HikariConfig config = LegacySourcesConfiguration.readOnlyPoolConfig("legacy-madoguchi", source);

    new JdbcTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(3))
        .applyTo(config);

    assertThat(config.getDataSourceProperties())
        .containsEntry("oracle.net.CONNECT_TIMEOUT", "2000")
        .containsEntry("oracle.jdbc.ReadTimeout", "4000")
        .doesNotContainKey("options");
  }

  @Test
  void theLegacyPoolsTakeTheirTimeoutsFromConfiguration() {
    runner
        .withPropertyValues(
            "kofu.legacy.timeouts.connect=2s",
            "kofu.legacy.timeouts.socket=4s",
            "kofu.legacy.timeouts.statement=3s")
        .run(
            context -> {
              LegacySourcesProperties properties = context.getBean(LegacySourcesProperties.class);
              assertThat(properties.timeouts())
                  .isEqualTo(
                      new JdbcTimeouts(
                          Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(3)));
            });
  }
}

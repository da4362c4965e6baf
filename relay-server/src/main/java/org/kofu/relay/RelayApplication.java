package org.kofu.relay;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import org.kofu.cache.contract.CertificateCacheConfiguration;
import org.kofu.core.certificate.assembly.AssemblyConfiguration;
import org.kofu.core.existing.ExistingSystemConfiguration;
import org.kofu.core.render.RenderConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The relay: the service the J-LIS center calls ({@code shared/spec/jlis-relay-api.md}). */
@SpringBootApplication
@ConfigurationPropertiesScan
@Import({
  AssemblyConfiguration.class,
  RenderConfiguration.class,
  CertificateCacheConfiguration.class,
  ExistingSystemConfiguration.class
})
public class RelayApplication {

  public static void main(String[] args) {
    SpringApplication application = new SpringApplication(RelayApplication.class);
    if (Arrays.asList(args).contains("--kofu.relay.verify-log=true")) {
      // a command, not a server: verify the issuance log chain and exit with its verdict
      application.setWebApplicationType(WebApplicationType.NONE);
      System.exit(SpringApplication.exit(application.run(args)));
    }
    application.run(args);
  }

  /** The certificates' day is Tokyo's, wherever the machine's clock is set. */
  @Bean
  Clock clock() {
    return Clock.system(ZoneId.of("Asia/Tokyo"));
  }
}

package org.kofu.batch;

import java.time.Clock;
import java.time.ZoneId;
import org.kofu.cache.contract.CertificateCacheConfiguration;
import org.kofu.core.certificate.assembly.AssemblyConfiguration;
import org.kofu.core.render.RenderConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The batch node: Spring Batch jobs (JobRepository in the project database, through Boot's
 * auto-configuration) launched by a clustered Quartz scheduler, writing into the certificate cache.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Import({
  AssemblyConfiguration.class,
  RenderConfiguration.class,
  CertificateCacheConfiguration.class
})
public class BatchApplication {

  /** Service days, ages and 証明日 are days in Japan whatever the host's zone. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

  public static void main(String[] args) {
    SpringApplication.run(BatchApplication.class, args);
  }

  @Bean
  Clock clock() {
    return Clock.system(ZONE);
  }
}

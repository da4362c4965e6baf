package org.kofu.batch.existing;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.Optional;
import org.kofu.core.existing.CertificateSources;
import org.kofu.core.existing.ExistingSystemCertificates;
import org.kofu.core.existing.ExistingSystemConfiguration;
import org.kofu.core.existing.ForeignBodyIntake;
import org.kofu.core.legacy.koseki.KosekiReader;
import org.kofu.core.legacy.madoguchi.MadoguchiReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The sources per type, the check and the adapter (certificate-core's {@link
 * ExistingSystemConfiguration}), and what the jobs pull with.
 */
@Configuration(proxyBeanMethods = false)
@Import(ExistingSystemConfiguration.class)
@EnableConfigurationProperties(ExistingBatchProperties.class)
class ExistingBatchConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(ExistingBatchConfiguration.class);

  @Bean
  ExistingBodies existingBodies(
      CertificateSources sources,
      ObjectProvider<ExistingSystemCertificates> system,
      ForeignBodyIntake intake,
      MadoguchiReader madoguchi,
      KosekiReader koseki,
      ExistingBatchProperties properties,
      Clock clock,
      ObjectProvider<MeterRegistry> registry) {
    Optional<ExistingSystemCertificates> adapter = Optional.ofNullable(system.getIfAvailable());
    if (sources.anyFromExistingSystem() && adapter.isEmpty()) {
      LOG.warn(
          "a certificate type's source is EXISTING_SYSTEM but kofu.existing-system.base-url is not"
              + " set: its bodies are not pre-generated");
    }
    return new ExistingBodies(
        sources,
        adapter,
        intake,
        new RowVersions(madoguchi, koseki),
        properties,
        clock,
        registry.getIfAvailable(SimpleMeterRegistry::new));
  }
}

package org.kofu.batch.dictionary;

import org.kofu.cache.compression.ClusterDictionaries;
import org.kofu.core.render.CertificateRenderer;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code ensureDictionary}: the full run's first step; trains on synthetic certificates, reads no
 * resident.
 */
@Configuration(proxyBeanMethods = false)
class DictionaryStepConfiguration {

  @Bean
  Step ensureDictionary(
      JobRepository jobs,
      PlatformTransactionManager transactions,
      ClusterDictionaries dictionaries,
      CertificateRenderer renderer) {
    DictionaryBootstrap bootstrap = new DictionaryBootstrap(dictionaries, renderer);
    return new StepBuilder("ensureDictionary", jobs)
        .tasklet(
            (contribution, chunk) -> {
              bootstrap.ensure();
              return RepeatStatus.FINISHED;
            },
            transactions)
        .build();
  }
}

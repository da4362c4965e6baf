package org.kofu.batch.dictionary;

import java.time.Clock;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.kofu.batch.cachewrite.PersonProcessor;
import org.kofu.batch.eligibility.EligibilityPlanner;
import org.kofu.cache.compression.ClusterDictionaries;
import org.kofu.core.certificate.assembly.CertificateContentAssembler;
import org.kofu.core.legacy.LegacySourcesConfiguration;
import org.kofu.core.render.CertificateRenderer;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** {@code ensureDictionary}: the full run's first step; samples the first 60 ACTIVE residents. */
@Configuration(proxyBeanMethods = false)
class DictionaryStepConfiguration {

  @Bean
  Step ensureDictionary(
      JobRepository jobs,
      PlatformTransactionManager transactions,
      ClusterDictionaries dictionaries,
      EligibilityPlanner planner,
      CertificateContentAssembler assembler,
      CertificateRenderer renderer,
      Clock clock,
      @Qualifier(LegacySourcesConfiguration.MADOGUCHI) DataSource madoguchi) {
    PersonProcessor processor =
        new PersonProcessor(planner, assembler, renderer, clock, () -> LocalDate.now(clock));
    DictionaryBootstrap bootstrap = new DictionaryBootstrap(dictionaries, processor);
    return new StepBuilder("ensureDictionary", jobs)
        .tasklet(
            (contribution, chunk) -> {
              if (dictionaries.activeId().isEmpty()) {
                bootstrap.ensure(
                    JdbcClient.create(madoguchi)
                        .sql(
                            "SELECT atena_no FROM madoguchi.jumin WHERE status = 'ACTIVE'"
                                + " ORDER BY atena_no")
                        .query(Long.class)
                        .list(),
                    60);
              }
              return RepeatStatus.FINISHED;
            },
            transactions)
        .build();
  }
}

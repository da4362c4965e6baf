package org.kofu.batch.delta;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.kofu.batch.cachewrite.CacheWriter;
import org.kofu.batch.cachewrite.PersonProcessor;
import org.kofu.batch.eligibility.EligibilityPlanner;
import org.kofu.batch.skip.SkipLogListener;
import org.kofu.cache.contract.CertificateCache;
import org.kofu.core.certificate.assembly.CertificateContentAssembler;
import org.kofu.core.legacy.LegacySourcesConfiguration;
import org.kofu.core.render.CertificateRenderer;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code deltaPregeneration(runAt)}; {@code kofu.batch.delta.horizon} (default 10 minutes) is how
 * long a journal gap may stay open before it is given up (see {@link Watermarks}).
 */
@Configuration(proxyBeanMethods = false)
class DeltaPregenerationJobConfiguration {

  @Bean
  Job deltaPregeneration(JobRepository jobs, Step deltaStep) {
    return new JobBuilder("deltaPregeneration", jobs).start(deltaStep).build();
  }

  @Bean
  Step deltaStep(
      JobRepository jobs, PlatformTransactionManager transactions, Tasklet deltaTasklet) {
    return new StepBuilder("deltaChanges", jobs).tasklet(deltaTasklet, transactions).build();
  }

  @Bean
  Tasklet deltaTasklet(
      PlatformTransactionManager transactions,
      DataSource projectDb,
      LegacyChanges legacyChanges,
      PersonProcessor deltaProcessor,
      CertificateCache cache,
      SkipLogListener skips,
      Clock clock,
      @Value("${kofu.batch.delta.horizon:PT10M}") Duration horizon) {
    return new DeltaTasklet(
        legacyChanges,
        new JournalCursor(projectDb, new TransactionTemplate(transactions)),
        deltaProcessor,
        new CacheWriter(cache),
        skips,
        clock,
        horizon);
  }

  @Bean
  LegacyChanges legacyChanges(
      @Qualifier(LegacySourcesConfiguration.MADOGUCHI) DataSource madoguchi,
      @Qualifier(LegacySourcesConfiguration.KOSEKI) DataSource koseki) {
    return new LegacyChanges(madoguchi, koseki);
  }

  @Bean
  PersonProcessor deltaProcessor(
      EligibilityPlanner planner,
      CertificateContentAssembler assembler,
      CertificateRenderer renderer,
      Clock clock) {
    // the day is read per person: a delta run just after midnight judges ages anew
    return new PersonProcessor(planner, assembler, renderer, clock, () -> LocalDate.now(clock));
  }
}

package org.kofu.batch.delta;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.kofu.batch.cachewrite.CacheWriter;
import org.kofu.batch.cachewrite.PersonProcessor;
import org.kofu.batch.eligibility.EligibilityPlanner;
import org.kofu.batch.existing.ChangedBodiesPull;
import org.kofu.batch.existing.ExistingBatchProperties;
import org.kofu.batch.existing.ExistingBodies;
import org.kofu.batch.existing.ExistingCursor;
import org.kofu.batch.schedule.DeltaFiringWindow;
import org.kofu.batch.schedule.ScheduleProperties;
import org.kofu.batch.skip.ForeignSkips;
import org.kofu.batch.skip.SkipLogListener;
import org.kofu.cache.contract.CertificateCache;
import org.kofu.core.certificate.assembly.CertificateContentAssembler;
import org.kofu.core.legacy.LegacySourcesConfiguration;
import org.kofu.core.legacy.madoguchi.MadoguchiReader;
import org.kofu.core.render.CertificateRenderer;
import org.kofu.projectdb.jobs.BatchJob;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.repeat.RepeatContext;
import org.springframework.batch.repeat.RepeatListener;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.batch.repeat.support.RepeatTemplate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code deltaPregeneration(runAt)}: one pass over both journals (the one-minute schedule's job,
 * and the fallback); {@code continuousDelta(runAt)}: the same pass repeated, each in its own
 * transaction, every {@code kofu.batch.delta.poll-interval} while service hours last (or until the
 * execution is stopped through the {@code JobOperator}). Both share the journal cursor: run one of
 * them at a time (the schedule launches one or the other, see {@link DeltaProperties}).
 */
@Configuration(proxyBeanMethods = false)
class DeltaPregenerationJobConfiguration {

  static final String RENDER_EXECUTOR = "deltaRenderExecutor";

  @Bean
  Job deltaPregeneration(JobRepository jobs, Step deltaStep) {
    return new JobBuilder(BatchJob.DELTA_PREGENERATION.jobName(), jobs).start(deltaStep).build();
  }

  @Bean
  Step deltaStep(
      JobRepository jobs, PlatformTransactionManager transactions, DeltaTasklet deltaTasklet) {
    return new StepBuilder("deltaChanges", jobs).tasklet(deltaTasklet, transactions).build();
  }

  @Bean
  Job continuousDelta(JobRepository jobs, Step continuousDeltaStep) {
    return new JobBuilder(BatchJob.CONTINUOUS_DELTA.jobName(), jobs)
        .start(continuousDeltaStep)
        .build();
  }

  @Bean
  Step continuousDeltaStep(
      JobRepository jobs,
      PlatformTransactionManager transactions,
      DeltaTasklet continuousDeltaTasklet,
      DeltaProperties properties) {
    RepeatTemplate passes = new RepeatTemplate();
    passes.registerListener(
        new RepeatListener() {
          @Override
          public void after(RepeatContext context, RepeatStatus result) {
            // between two passes, outside their transactions
            if (result.isContinuable() && continuousDeltaTasklet.idle()) {
              pause(properties.pollInterval());
            }
          }
        });
    return new StepBuilder("continuousDeltaChanges", jobs)
        .tasklet(continuousDeltaTasklet, transactions)
        .stepOperations(passes)
        .build();
  }

  @Bean
  DeltaTasklet deltaTasklet(DeltaTaskletFactory factory) {
    return factory.create(() -> false);
  }

  @Bean
  ContinuousDeltaSwitch continuousDeltaSwitch() {
    return new ContinuousDeltaSwitch();
  }

  @Bean
  @DependsOnDatabaseInitialization
  DeltaTasklet continuousDeltaTasklet(
      DeltaTaskletFactory factory,
      ScheduleProperties schedule,
      DataSource projectDb,
      ContinuousDeltaSwitch running,
      Clock clock) {
    DeltaFiringWindow hours = DeltaFiringWindow.of(schedule, projectDb);
    return factory.create(() -> running.on() && hours.openAt(clock.instant()));
  }

  @Bean
  @SuppressWarnings("checkstyle:ParameterNumber") // wiring: the tasklet's collaborators
  DeltaTaskletFactory deltaTaskletFactory(
      PlatformTransactionManager transactions,
      DataSource projectDb,
      LegacyChanges legacyChanges,
      PersonProcessor deltaProcessor,
      CertificateCache cache,
      SkipLogListener skips,
      ObjectProvider<RegistersChanged> registersChanged,
      Clock clock,
      DeltaProperties properties,
      @Qualifier(RENDER_EXECUTOR) AsyncTaskExecutor deltaRenderExecutor,
      ExistingBodies existing,
      EligibilityPlanner planner,
      ExistingBatchProperties existingProperties,
      ForeignSkips foreignSkips) {
    RegistersChanged registers = registersChanged.getIfAvailable(() -> RegistersChanged.NONE);
    // one pull per factory: its pending flag is the delta's, whichever job runs the passes
    ChangedBodiesPull pull =
        new ChangedBodiesPull(
            existing, planner, cache, new ExistingCursor(projectDb), existingProperties, clock);
    return keepPolling ->
        new DeltaTasklet(
            legacyChanges,
            new JournalCursor(projectDb, new TransactionTemplate(transactions)),
            deltaProcessor,
            new CacheWriter(cache),
            skips,
            registers,
            clock,
            properties,
            deltaRenderExecutor,
            keepPolling,
            pull,
            foreignSkips);
  }

  /**
   * The delta's rendering threads ({@code delta-render-N}), {@code kofu.batch.delta.threads} of
   * them, shared by both delta jobs (which never run at once).
   */
  @Bean(RENDER_EXECUTOR)
  ThreadPoolTaskExecutor deltaRenderExecutor(DeltaProperties properties) {
    ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    executor.setCorePoolSize(properties.threads());
    executor.setMaxPoolSize(properties.threads());
    executor.setThreadNamePrefix("delta-render-");
    executor.setDaemon(true);
    // a pass in progress at shutdown goes on rendering: Quartz waits for its job to end
    executor.setAcceptTasksAfterContextClose(true);
    return executor;
  }

  /** A delta tasklet that repeats while {@code keepPolling} holds. */
  interface DeltaTaskletFactory {
    DeltaTasklet create(BooleanSupplier keepPolling);
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
      Clock clock,
      ExistingBodies existing,
      MadoguchiReader madoguchi) {
    // the day is read per person: a delta run just after midnight judges ages anew; the existing
    // system's types are planned only, their bodies come by changedSince
    return new PersonProcessor(
        planner,
        assembler,
        renderer,
        clock,
        () -> LocalDate.now(clock),
        new PersonProcessor.ExistingSide(existing, madoguchi, false));
  }

  // a sleep on the step's own thread, not a scheduler: the passes are one step execution, which
  // the RepeatTemplate drives on that thread
  private static void pause(Duration interval) {
    try {
      Thread.sleep(interval.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

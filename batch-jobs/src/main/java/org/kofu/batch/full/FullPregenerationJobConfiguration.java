package org.kofu.batch.full;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import javax.sql.DataSource;
import org.kofu.batch.cachewrite.CacheWriter;
import org.kofu.batch.cachewrite.PersonProcessor;
import org.kofu.batch.cachewrite.PersonWork;
import org.kofu.batch.eligibility.EligibilityPlanner;
import org.kofu.batch.eligibility.PregenerationProperties;
import org.kofu.batch.existing.ExistingBodies;
import org.kofu.batch.skip.ForeignSkips;
import org.kofu.batch.skip.SkipLogListener;
import org.kofu.cache.contract.CertificateCache;
import org.kofu.core.certificate.assembly.CertificateContentAssembler;
import org.kofu.core.certificate.assembly.MissingRecordException;
import org.kofu.core.legacy.LegacySourcesConfiguration;
import org.kofu.core.legacy.madoguchi.MadoguchiReader;
import org.kofu.core.render.CertificateRenderer;
import org.kofu.core.render.font.UndrawableCharacterException;
import org.kofu.projectdb.jobs.BatchJob;
import org.springframework.batch.core.ChunkListener;
import org.springframework.batch.core.ItemWriteListener;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.item.database.JdbcPagingItemReader;
import org.springframework.batch.item.database.Order;
import org.springframework.batch.item.database.builder.JdbcPagingItemReaderBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code fullPregeneration(runDay)}: a manager step partitioning 宛名番号 ranges over local worker
 * threads, each a fault-tolerant chunk step (reader state in the step's ExecutionContext, so a
 * restart resumes after the last committed chunk), then the sweep of no-longer-residents.
 */
@Configuration(proxyBeanMethods = false)
class FullPregenerationJobConfiguration {

  static final String JOB = BatchJob.FULL_PREGENERATION.jobName();
  static final String WORKER = "fullPregenerationRange";

  @Bean
  Job fullPregeneration(
      JobRepository jobs, Step ensureDictionary, Step fullPregenerationPartitions, Step sweepStep) {
    return new JobBuilder(JOB, jobs)
        .start(ensureDictionary)
        .next(fullPregenerationPartitions)
        .next(sweepStep)
        .build();
  }

  @Bean
  Step fullPregenerationPartitions(
      JobRepository jobs,
      Step fullPregenerationRange,
      @Qualifier(LegacySourcesConfiguration.MADOGUCHI) DataSource madoguchi,
      PregenerationProperties properties,
      ObjectProvider<PartitionHandler> remote) {
    AtenaRangePartitioner partitioner = new AtenaRangePartitioner(JdbcClient.create(madoguchi));
    PartitionHandler handler = remote.getIfAvailable();
    if (handler != null) {
      return new StepBuilder("fullPregenerationPartitions", jobs)
          .partitioner(WORKER, partitioner)
          .partitionHandler(handler)
          .build();
    }
    SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("full-range-");
    executor.setConcurrencyLimit(properties.threads());
    return new StepBuilder("fullPregenerationPartitions", jobs)
        .partitioner(WORKER, partitioner)
        .step(fullPregenerationRange)
        .gridSize(properties.partitions())
        .taskExecutor(executor)
        .build();
  }

  @Bean
  @SuppressWarnings("checkstyle:ParameterNumber") // wiring: the step's collaborators
  Step fullPregenerationRange(
      JobRepository jobs,
      PlatformTransactionManager transactions,
      JdbcPagingItemReader<Long> rangeReader,
      PersonProcessor rangeProcessor,
      CertificateCache cache,
      SkipLogListener skipLogListener,
      ForeignSkips foreignSkips,
      PregenerationProperties properties,
      ObjectProvider<ChunkListener> chunkListeners) {
    var step =
        new StepBuilder(WORKER, jobs)
            .<Long, PersonWork>chunk(properties.chunkSize(), transactions)
            .reader(rangeReader)
            .processor(rangeProcessor)
            .writer(new CacheWriter(cache))
            .faultTolerant()
            .processorNonTransactional()
            .skip(MissingRecordException.class)
            .skip(UndrawableCharacterException.class)
            .skipLimit(Integer.MAX_VALUE)
            .listener(skipLogListener)
            .listener((ItemWriteListener<PersonWork>) foreignSkips);
    chunkListeners.orderedStream().forEach(step::listener);
    return step.build();
  }

  @Bean
  @StepScope
  JdbcPagingItemReader<Long> rangeReader(
      @Qualifier(LegacySourcesConfiguration.MADOGUCHI) DataSource madoguchi,
      @Value("#{stepExecutionContext['minId']}") Long minId,
      @Value("#{stepExecutionContext['maxId']}") Long maxId,
      PregenerationProperties properties) {
    return new JdbcPagingItemReaderBuilder<Long>()
        .name("residentRange")
        .dataSource(madoguchi)
        .selectClause("SELECT atena_no")
        .fromClause("FROM madoguchi.jumin")
        .whereClause(
            "WHERE " + AtenaRangePartitioner.ELIGIBLE + " AND atena_no BETWEEN :minId AND :maxId")
        .parameterValues(Map.of("minId", minId, "maxId", maxId))
        .sortKeys(Map.of("atena_no", Order.ASCENDING))
        .rowMapper((rs, n) -> rs.getLong(1))
        .pageSize(properties.chunkSize())
        .build();
  }

  @Bean
  @StepScope
  PersonProcessor rangeProcessor(
      EligibilityPlanner planner,
      CertificateContentAssembler assembler,
      CertificateRenderer renderer,
      Clock clock,
      ExistingBodies existing,
      MadoguchiReader madoguchi,
      @Value("#{jobParameters['runDay']}") LocalDate runDay) {
    // the existing system's types: one body asked per subject
    return new PersonProcessor(
        planner,
        assembler,
        renderer,
        clock,
        () -> runDay,
        new PersonProcessor.ExistingSide(existing, madoguchi, true));
  }
}

package org.kofu.batch.coverage;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.kofu.batch.coverage.PrintedSources.Source;
import org.kofu.core.certificate.assembly.CharacterCoverage;
import org.kofu.core.legacy.LegacySourcesConfiguration;
import org.kofu.core.legacy.koseki.KosekiReader;
import org.kofu.core.legacy.madoguchi.MadoguchiReader;
import org.kofu.core.render.font.FontCatalog;
import org.kofu.core.render.font.GlyphCoverage;
import org.kofu.projectdb.coverage.CoverageCount;
import org.kofu.projectdb.coverage.CoverageFinding;
import org.kofu.projectdb.coverage.CoverageResults;
import org.kofu.projectdb.coverage.CoverageScan;
import org.kofu.projectdb.jobs.BatchJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.item.ItemWriter;
import org.springframework.batch.item.database.JdbcPagingItemReader;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code characterCoverage(runAt)}: opens a scan, runs one chunk step per printed table ({@link
 * PrintedSources}), then counts. A scan is its job instance, so a restart goes on with the same one
 * where each step stopped.
 */
@Configuration(proxyBeanMethods = false)
class CoverageJobConfiguration {

  static final String JOB = BatchJob.CHARACTER_COVERAGE.jobName();

  private static final Logger log = LoggerFactory.getLogger(CoverageJobConfiguration.class);

  @Bean
  CoverageResults coverageResults(DataSource projectDb) {
    return new CoverageResults(projectDb);
  }

  @Bean
  Job characterCoverage(
      JobRepository jobs,
      PlatformTransactionManager transactions,
      Step coverageStart,
      Step coverageCount,
      JdbcPagingItemReader<PrintedRecord> coverageReader,
      FindingProcessor coverageProcessor,
      ItemWriter<List<CoverageFinding>> coverageWriter,
      CoverageProperties properties) {
    var job = new JobBuilder(JOB, jobs).start(coverageStart);
    for (Source source : PrintedSources.ALL) {
      job.next(
          new StepBuilder(source.step(), jobs)
              .<PrintedRecord, List<CoverageFinding>>chunk(properties.chunkSize(), transactions)
              .reader(coverageReader)
              .processor(coverageProcessor)
              .writer(coverageWriter)
              .build());
    }
    return job.next(coverageCount).build();
  }

  @Bean
  Step coverageStart(
      JobRepository jobs,
      PlatformTransactionManager transactions,
      CoverageResults results,
      Clock clock) {
    return new StepBuilder("coverageStart", jobs)
        .tasklet(
            (contribution, chunk) -> {
              results.start(chunk.getStepContext().getJobInstanceId(), clock.instant());
              return RepeatStatus.FINISHED;
            },
            transactions)
        .build();
  }

  /** Counts what was scanned (with the readers' predicates) and what was found, and completes. */
  @Bean
  Step coverageCount(
      JobRepository jobs,
      PlatformTransactionManager transactions,
      CoverageResults results,
      @Qualifier(LegacySourcesConfiguration.MADOGUCHI) DataSource madoguchi,
      @Qualifier(LegacySourcesConfiguration.KOSEKI) DataSource koseki,
      Clock clock) {
    JdbcClient residents = JdbcClient.create(madoguchi);
    JdbcClient registers = JdbcClient.create(koseki);
    return new StepBuilder("coverageCount", jobs)
        .tasklet(
            (contribution, chunk) -> {
              long scan = chunk.getStepContext().getJobInstanceId();
              List<CoverageCount> scanned =
                  List.of(
                      scanned(residents, PrintedSources.RESIDENTS, CoverageCount.PERSON),
                      scanned(registers, PrintedSources.REGISTERS, CoverageCount.REGISTER),
                      scanned(registers, PrintedSources.MEMBERS, CoverageCount.PERSON));
              CoverageScan done = results.complete(scan, scanned, clock.instant());
              // systems and numbers only: never a name
              log.info("coverage scan {}: {}", scan, done.counts());
              return RepeatStatus.FINISHED;
            },
            transactions)
        .build();
  }

  @Bean
  FindingProcessor coverageProcessor(MadoguchiReader madoguchi, KosekiReader koseki) {
    return new FindingProcessor(
        new CharacterCoverage(new GlyphCoverage(FontCatalog.shared())),
        Map.of(PrintedSources.MADOGUCHI, madoguchi::gaiji, PrintedSources.KOSEKI, koseki::gaiji));
  }

  @Bean
  @StepScope
  JdbcPagingItemReader<PrintedRecord> coverageReader(
      @Value("#{stepExecution.stepName}") String step,
      @Qualifier(LegacySourcesConfiguration.MADOGUCHI) DataSource madoguchi,
      @Qualifier(LegacySourcesConfiguration.KOSEKI) DataSource koseki,
      CoverageProperties properties) {
    Source source = PrintedSources.byStep(step);
    return source.reader(
        PrintedSources.MADOGUCHI.equals(source.system()) ? madoguchi : koseki,
        properties.chunkSize());
  }

  @Bean
  @StepScope
  ItemWriter<List<CoverageFinding>> coverageWriter(
      CoverageResults results, @Value("#{stepExecution.jobExecution.jobId}") Long instance) {
    return new FindingWriter(results, instance);
  }

  private static CoverageCount scanned(JdbcClient jdbc, Source source, String unit) {
    long scanned = jdbc.sql(source.countSql()).query(Long.class).single();
    return new CoverageCount(source.system(), unit, scanned, 0, 0);
  }
}

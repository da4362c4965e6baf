package org.kofu.batch.purge;

import com.hazelcast.core.HazelcastInstance;
import java.time.Clock;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.kofu.batch.eligibility.EligibilityPlanner;
import org.kofu.cache.contract.CacheMaps;
import org.kofu.cache.contract.CertificateCache;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.legacy.koseki.KosekiReader;
import org.kofu.core.legacy.madoguchi.MadoguchiReader;
import org.kofu.projectdb.jobs.BatchJob;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code purge(runAt)}: every resident key of the cache checked by {@link StaleBodies}, then the
 * kept bodies past their retention, and those kept in clear past the idempotency window ({@link
 * ExpiredIssuances}).
 */
@Configuration(proxyBeanMethods = false)
class PurgeJobConfiguration {

  @Bean
  Job purge(JobRepository jobs, Step purgeStaleBodies, Step purgeExpiredIssuances) {
    return new JobBuilder(BatchJob.PURGE.jobName(), jobs)
        .start(purgeStaleBodies)
        .next(purgeExpiredIssuances)
        .build();
  }

  @Bean
  Step purgeExpiredIssuances(
      JobRepository jobs,
      PlatformTransactionManager transactions,
      DataSource projectDb,
      PurgeProperties properties,
      Clock clock) {
    ExpiredIssuances expired = new ExpiredIssuances(projectDb);
    return new StepBuilder("purgeExpiredIssuances", jobs)
        .tasklet(
            (contribution, chunk) -> {
              contribution.incrementWriteCount(
                  expired.purge(
                      clock.instant().minus(properties.retention()),
                      clock.instant().minus(properties.idempotencyWindow())));
              return RepeatStatus.FINISHED;
            },
            transactions)
        .build();
  }

  @Bean
  Step purgeStaleBodies(
      JobRepository jobs,
      PlatformTransactionManager transactions,
      HazelcastInstance hazelcast,
      CertificateCache cache,
      EligibilityPlanner planner,
      MadoguchiReader madoguchi,
      KosekiReader koseki,
      Clock clock) {
    StaleBodies stale = new StaleBodies(cache, planner, madoguchi, koseki);
    return new StepBuilder("purgeStaleBodies", jobs)
        .tasklet(
            (contribution, chunk) -> {
              LocalDate today = LocalDate.now(clock);
              for (String key : hazelcast.<String, Object>getMap(CacheMaps.BODIES).keySet()) {
                if (PersonRef.parse(key) instanceof PersonRef.Resident resident) {
                  contribution.incrementReadCount();
                  contribution.incrementWriteCount(stale.purge(resident, today));
                }
              }
              return RepeatStatus.FINISHED;
            },
            transactions)
        .build();
  }
}

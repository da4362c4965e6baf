package org.kofu.batch.full;

import com.hazelcast.core.HazelcastInstance;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.kofu.batch.eligibility.EligibilityPlanner;
import org.kofu.cache.contract.CacheMaps;
import org.kofu.cache.contract.CertificateCache;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.legacy.LegacySourcesConfiguration;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The full run reads ACTIVE residents only; a person cached earlier who has since died or moved
 * away is found here, among the cache's person keys, and evicted. Persons with no body left (a
 * tombstone) are left to expire rather than refreshed every night.
 */
@Configuration(proxyBeanMethods = false)
class SweepConfiguration {

  @Bean
  Step sweepStep(
      JobRepository jobs,
      PlatformTransactionManager transactions,
      HazelcastInstance hazelcast,
      CertificateCache cache,
      EligibilityPlanner planner,
      @Qualifier(LegacySourcesConfiguration.MADOGUCHI) DataSource madoguchi) {
    return new StepBuilder("sweepFormerResidents", jobs)
        .tasklet(
            (contribution, chunk) -> {
              Set<Long> active =
                  new HashSet<>(
                      JdbcClient.create(madoguchi)
                          .sql("SELECT atena_no FROM madoguchi.jumin WHERE status = 'ACTIVE'")
                          .query(Long.class)
                          .list());
              for (String key : hazelcast.<String, Object>getMap(CacheMaps.BODIES).keySet()) {
                if (PersonRef.parse(key) instanceof PersonRef.Resident r
                    && !active.contains(r.atenaNo())
                    && hasBody(cache, planner, r)) {
                  cache.evictPerson(key);
                  contribution.incrementWriteCount(1);
                }
              }
              return RepeatStatus.FINISHED;
            },
            transactions)
        .build();
  }

  private static boolean hasBody(
      CertificateCache cache, EligibilityPlanner planner, PersonRef person) {
    return planner.variants().stream()
        .anyMatch(v -> cache.get(planner.subject(v, person)).isPresent());
  }
}

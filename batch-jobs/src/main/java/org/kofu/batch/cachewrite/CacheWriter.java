package org.kofu.batch.cachewrite;

import java.util.List;
import org.kofu.batch.eligibility.PersonPlan;
import org.kofu.cache.contract.CertificateCache;
import org.kofu.cache.contract.PutOutcome;
import org.kofu.core.certificate.CertificateSubject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;

/**
 * Brings the cache in line with each person's plan: a person with nothing issuable is evicted; a
 * variant no longer issuable is invalidated with the versions the plan saw; the rest are put. Every
 * call is idempotent, so a chunk written twice after a restart changes nothing.
 */
public final class CacheWriter implements ItemWriter<PersonWork> {

  private static final Logger log = LoggerFactory.getLogger(CacheWriter.class);

  private final CertificateCache cache;

  public CacheWriter(CertificateCache cache) {
    this.cache = cache;
  }

  @Override
  public void write(Chunk<? extends PersonWork> chunk) {
    for (PersonWork work : chunk) {
      write(work);
    }
  }

  public void write(PersonWork work) {
    PersonPlan plan = work.plan();
    if (plan.evictAll()) {
      cache.evictPerson(plan.person().key());
      return;
    }
    for (CertificateSubject dropped : plan.dropped()) {
      cache.invalidate(dropped.key(), plan.seen());
    }
    List<PutOutcome> outcomes = cache.putAll(work.bodies());
    for (int i = 0; i < outcomes.size(); i++) {
      if (outcomes.get(i) != PutOutcome.STORED) {
        log.debug("{} not cached: {}", work.bodies().get(i).subject().key(), outcomes.get(i));
      }
    }
  }
}

package org.kofu.batch.purge;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kofu.batch.eligibility.EligibilityPlanner;
import org.kofu.batch.eligibility.PersonPlan;
import org.kofu.cache.contract.CachedBody;
import org.kofu.cache.contract.CertificateCache;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.certificate.SourceVersions;
import org.kofu.core.legacy.koseki.KosekiReader;
import org.kofu.core.legacy.madoguchi.MadoguchiReader;

/**
 * Checks one cached resident: evicted when nothing of theirs is issuable today (the day matters: a
 * restriction that starts today, a birthday that does not), each body invalidated whose source
 * versions differ from the current rows.
 */
final class StaleBodies {

  private final CertificateCache cache;
  private final EligibilityPlanner planner;
  private final MadoguchiReader madoguchi;
  private final KosekiReader koseki;

  StaleBodies(
      CertificateCache cache,
      EligibilityPlanner planner,
      MadoguchiReader madoguchi,
      KosekiReader koseki) {
    this.cache = cache;
    this.planner = planner;
    this.madoguchi = madoguchi;
    this.koseki = koseki;
  }

  /** How many bodies of the person were removed. */
  int purge(PersonRef.Resident person, LocalDate today) {
    PersonPlan plan = planner.plan(person.atenaNo(), today);
    if (plan.evictAll()) {
      return hasAny(plan.dropped()) ? Math.max(1, cache.evictPerson(person.key())) : 0;
    }
    int removed = 0;
    for (CertificateSubject subject : plan.dropped()) {
      removed += cache.invalidate(subject.key(), plan.seen());
    }
    for (CertificateSubject subject : plan.issuable()) {
      CachedBody body = cache.get(subject).orElse(null);
      if (body != null) {
        Map<String, Long> current = current(body.sources());
        if (!body.sources().matches(current)) {
          removed += cache.invalidate(subject.key(), new SourceVersions(new TreeMap<>(current)));
        }
      }
    }
    return removed;
  }

  private boolean hasAny(List<CertificateSubject> subjects) {
    return subjects.stream().anyMatch(s -> cache.get(s).isPresent());
  }

  private Map<String, Long> current(SourceVersions sources) {
    List<String> ids = List.copyOf(sources.versions().keySet());
    Map<String, Long> current = new HashMap<>();
    current.putAll(
        madoguchi.currentVersions(ids.stream().filter(i -> i.startsWith("madoguchi.")).toList()));
    current.putAll(
        koseki.currentVersions(ids.stream().filter(i -> i.startsWith("koseki.")).toList()));
    return current;
  }
}

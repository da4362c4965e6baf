package org.kofu.admin.cache;

import com.hazelcast.core.HazelcastInstance;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import org.kofu.admin.audit.AuditTrail;
import org.kofu.admin.issuance.ResidentKeys;
import org.kofu.admin.statistics.TodayIssuances;
import org.kofu.cache.contract.CacheAdministration;
import org.kofu.core.certificate.CertificateType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Counts of the cache cluster and the eviction of one person. A person is found only by an exact
 * 住民票コード through the read-only 窓口 source; the audit record names the PersonRef key, never the code.
 */
@Service
public class CacheOverview {

  private static final Pattern JUMINHYO_CODE = Pattern.compile("\\d{11}");

  private final CacheConnection connection;
  private final CacheClientProperties properties;
  private final ResidentKeys residents;
  private final TodayIssuances issuances;
  private final AuditTrail audit;
  private final Clock clock;

  CacheOverview(
      CacheConnection connection,
      CacheClientProperties properties,
      ResidentKeys residents,
      TodayIssuances issuances,
      AuditTrail audit,
      Clock clock) {
    this.connection = connection;
    this.properties = properties;
    this.residents = residents;
    this.issuances = issuances;
    this.audit = audit;
    this.clock = clock;
  }

  /** Empty when the cluster is not reachable (or the view is switched off). */
  public Optional<CacheSnapshot> snapshot() {
    return connection
        .client()
        .map(
            client -> {
              CacheAdministration cache = administration(client);
              return new CacheSnapshot(
                  cache.memberMemory(properties.memoryTimeout()),
                  cache.persons(),
                  cache.personsWithBodies(),
                  cache.personsByType(
                      Arrays.stream(CertificateType.values()).map(Enum::name).toList()),
                  issuances.today().cacheHitRatio());
            });
  }

  public boolean personSearchAvailable() {
    return residents.available();
  }

  /** Outcome of an eviction request. */
  public enum Eviction {
    EVICTED,
    NOT_FOUND,
    MALFORMED,
    UNREACHABLE
  }

  /** Evicts every cached body of the resident with this exact 住民票コード. */
  @PreAuthorize("hasAnyRole('OFFICER', 'OPERATOR')")
  public Eviction evict(String juminhyoCode) {
    if (juminhyoCode == null || !JUMINHYO_CODE.matcher(juminhyoCode.strip()).matches()) {
      return Eviction.MALFORMED;
    }
    Optional<String> key = residents.keyOf(juminhyoCode);
    if (key.isEmpty()) {
      audit.record("CACHE_EVICT_PERSON", "person=not found");
      return Eviction.NOT_FOUND;
    }
    Optional<HazelcastInstance> client = connection.client();
    if (client.isEmpty()) {
      audit.record("CACHE_EVICT_PERSON", "person=" + key.get() + " cluster unreachable");
      return Eviction.UNREACHABLE;
    }
    int dropped = administration(client.get()).evictPerson(key.get());
    audit.record("CACHE_EVICT_PERSON", "person=" + key.get() + " bodies=" + dropped);
    return Eviction.EVICTED;
  }

  private CacheAdministration administration(HazelcastInstance client) {
    return new CacheAdministration(client, properties.bodyTtl(), properties.tombstoneTtl(), clock);
  }
}

package org.kofu.cache.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.splitbrainprotection.SplitBrainProtectionException;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kofu.cache.internal.PersonRecord;
import org.kofu.cache.testing.LocalDictionaries;
import org.kofu.cache.testing.Subjects;
import org.kofu.cache.testing.TestCluster;
import org.kofu.core.certificate.SourceVersions;

class CertificateCacheTests {

  @SuppressWarnings("unchecked")
  private final IMap<String, PersonRecord> bodies = mock(IMap.class);

  private CertificateCache cache() {
    HazelcastInstance hazelcast = mock(HazelcastInstance.class);
    when(hazelcast.<String, PersonRecord>getMap(CacheMaps.BODIES)).thenReturn(bodies);
    return CertificateCache.create(
        hazelcast,
        new LocalDictionaries(),
        TestCluster.cacheProperties(Map.of("k1", TestCluster.KEY_1), "k1"),
        Clock.systemUTC());
  }

  @Test
  void aReadThatFailsInTheClusterIsAMissNotAnError() {
    CertificateCache cache = cache();
    when(bodies.get(anyString())).thenThrow(new SplitBrainProtectionException("lost quorum"));

    assertThat(cache.get(Subjects.juminhyo(1))).isEmpty();
    assertThat(cache.counts()).containsEntry("misses", 1L).containsEntry("failures", 1L);
  }

  @Test
  void anInvalidationWithoutTheVersionsSeenIsRefused() {
    CertificateCache cache = cache();

    assertThatThrownBy(
            () ->
                cache.invalidate(
                    Subjects.juminhyo(1).key(), new SourceVersions(new java.util.TreeMap<>())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("evictPerson");
  }
}

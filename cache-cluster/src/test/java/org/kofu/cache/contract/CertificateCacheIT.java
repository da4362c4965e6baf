package org.kofu.cache.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.spi.impl.SerializationServiceSupport;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kofu.cache.compression.BodyCompressor;
import org.kofu.cache.compression.ClusterDictionaries;
import org.kofu.cache.compression.DictionaryTrainer;
import org.kofu.cache.internal.PersonRecord;
import org.kofu.cache.metrics.CacheMetrics;
import org.kofu.cache.testing.Subjects;
import org.kofu.cache.testing.SyntheticBodies;
import org.kofu.cache.testing.TestCluster;
import org.kofu.core.certificate.CertificateSubject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class CertificateCacheIT {

  private static final Logger log = LoggerFactory.getLogger(CertificateCacheIT.class);
  private static final Instant READ_AT = Instant.parse("2026-11-25T01:00:00Z");

  static TestCluster cluster;
  static List<HazelcastInstance> members;
  static HazelcastInstance client;
  static CertificateCache cache;

  @BeforeAll
  static void startCluster() {
    cluster = new TestCluster(1);
    members = cluster.startMembers(2);
    client = cluster.client(members);
    cache = TestCluster.cache(client, Clock.systemUTC());
    ClusterDictionaries dictionaries = new ClusterDictionaries(client);
    List<byte[]> samples = IntStream.range(5000, 5040).mapToObj(SyntheticBodies::body).toList();
    dictionaries.activate(
        dictionaries.publish(DictionaryTrainer.train(samples, DictionaryTrainer.DEFAULT_SIZE)));
  }

  @AfterAll
  static void stopCluster() {
    cluster.close();
  }

  @Test
  void aBodyPutThroughAClientIsReadBackWithItsSubjectSourcesAndTime() {
    CertificateSubject subject = Subjects.juminhyo(1);

    PutOutcome outcome =
        cache.put(subject, Subjects.sources(1, 7), READ_AT, SyntheticBodies.body(1));
    CachedBody body =
        TestCluster.cache(members.get(1), Clock.systemUTC()).get(subject).orElseThrow();

    assertThat(outcome).isEqualTo(PutOutcome.STORED);
    assertThat(body.payload()).isEqualTo(SyntheticBodies.body(1));
    assertThat(body.subjectKey()).isEqualTo(subject.key());
    assertThat(body.sources()).isEqualTo(Subjects.sources(1, 7));
    assertThat(body.renderedAt()).isEqualTo(READ_AT);
    assertThat(cache.get(Subjects.inkan(1))).as("another subject of the person").isEmpty();
  }

  @Test
  void aBodyCompressedByTheCallerIsStoredAsItAndReadBackWithTheSameCompressedForm() {
    CertificateSubject subject = Subjects.juminhyo(31);
    BodyCompressor.Compressed compressed = cache.compress(SyntheticBodies.body(31));

    PutOutcome outcome = cache.putCompressed(subject, Subjects.sources(31, 1), READ_AT, compressed);
    CachedBody body = cache.get(subject).orElseThrow();

    assertThat(outcome).isEqualTo(PutOutcome.STORED);
    assertThat(compressed.dictionaryId()).isNotEqualTo(BodyCompressor.NO_DICTIONARY);
    assertThat(compressed.bytes().length * 4).isLessThan(SyntheticBodies.body(31).length);
    assertThat(body.payload()).isEqualTo(SyntheticBodies.body(31));
    assertThat(body.compressed().dictionaryId()).isEqualTo(compressed.dictionaryId());
    assertThat(body.compressed().bytes()).isEqualTo(compressed.bytes());
  }

  @Test
  void whatTheMembersStoreHoldsNoNameOrAddressInTheClear() {
    CertificateSubject subject = Subjects.juminhyo(2);
    String name = SyntheticBodies.nameOf(2);
    assertThat(new String(SyntheticBodies.body(2), StandardCharsets.UTF_8)).contains(name);

    cache.put(subject, Subjects.sources(2, 1), READ_AT, SyntheticBodies.body(2));
    IMap<String, PersonRecord> bodies = members.get(0).getMap(CacheMaps.BODIES);
    byte[] stored =
        ((SerializationServiceSupport) members.get(0))
            .getSerializationService()
            .toData(bodies.get("A2"))
            .toByteArray();

    String asLatin1 = new String(stored, StandardCharsets.ISO_8859_1);
    for (String secret : List.of(name, "函館市", "北海道")) {
      assertThat(asLatin1)
          .doesNotContain(
              new String(secret.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))
          .doesNotContain(
              new String(secret.getBytes(StandardCharsets.UTF_16BE), StandardCharsets.ISO_8859_1));
    }
  }

  @Test
  void aBodyWrittenUnderTheOldKeyStaysReadableAfterRotationAndNewWritesUseTheNewKey() {
    String newKey = java.util.Base64.getEncoder().encodeToString(new byte[16]);
    CertificateCache rotated =
        CertificateCache.create(
            client,
            new ClusterDictionaries(client),
            TestCluster.cacheProperties(Map.of("k1", TestCluster.KEY_1, "k2", newKey), "k2"),
            Clock.systemUTC());
    cache.put(Subjects.juminhyo(7), Subjects.sources(7, 1), READ_AT, SyntheticBodies.body(7));

    CachedBody old = rotated.get(Subjects.juminhyo(7)).orElseThrow();
    rotated.put(Subjects.juminhyo(8), Subjects.sources(8, 1), READ_AT, SyntheticBodies.body(8));

    assertThat(old.keyId()).isEqualTo("k1");
    assertThat(old.payload()).isEqualTo(SyntheticBodies.body(7));
    assertThat(rotated.get(Subjects.juminhyo(8)).orElseThrow().keyId()).isEqualTo("k2");
    assertThat(cache.get(Subjects.juminhyo(8))).as("a process not yet given the new key").isEmpty();
  }

  @Test
  void evictingAPersonDropsEveryBodyOfThePersonAndNoOther() {
    cache.put(Subjects.juminhyo(3), Subjects.sources(3, 1), READ_AT, SyntheticBodies.body(3));
    cache.put(Subjects.inkan(3), Subjects.sources(3, 1), READ_AT, SyntheticBodies.body(3));
    cache.put(Subjects.juminhyo(4), Subjects.sources(4, 1), READ_AT, SyntheticBodies.body(4));

    int dropped = cache.evictPerson("A3");

    assertThat(dropped).isEqualTo(2);
    assertThat(cache.get(Subjects.juminhyo(3))).isEmpty();
    assertThat(cache.get(Subjects.inkan(3))).isEmpty();
    assertThat(cache.get(Subjects.juminhyo(4))).isPresent();
  }

  @Test
  void aMemberHoldsFarLessThanTheRawBodyPerCachedCertificate() {
    int persons = 300;
    long rawBytes = 0;
    for (int p = 10_000; p < 10_000 + persons; p++) {
      byte[] body = SyntheticBodies.body(p);
      rawBytes += body.length;
      cache.put(Subjects.juminhyo(p), Subjects.sources(p, 1), READ_AT, body);
    }

    long owned = 0;
    long entries = 0;
    for (HazelcastInstance member : members) {
      var stats = member.getMap(CacheMaps.BODIES).getLocalMapStats();
      owned += stats.getOwnedEntryMemoryCost();
      entries += stats.getOwnedEntryCount();
    }
    long perEntry = owned / entries;
    long rawPerBody = rawBytes / persons;

    log.info(
        "member heap per cached certificate: {} B owned (+ the same again as backup);"
            + " raw body {} B; {} entries",
        perEntry,
        rawPerBody,
        entries);
    assertThat(perEntry).isLessThan(rawPerBody / 20);
  }

  @Test
  void metricsShowEntriesMemoryAndReadsByResult() {
    cache.put(Subjects.juminhyo(5), Subjects.sources(5, 1), READ_AT, SyntheticBodies.body(5));
    cache.get(Subjects.juminhyo(5));
    cache.get(Subjects.juminhyo(6));
    SimpleMeterRegistry memberRegistry = new SimpleMeterRegistry();
    SimpleMeterRegistry clientRegistry = new SimpleMeterRegistry();

    new CacheMetrics(members.get(0), null).bindTo(memberRegistry);
    new CacheMetrics(client, cache).bindTo(clientRegistry);

    assertThat(memberRegistry.get("kofu.cache.entries").gauge().value()).isPositive();
    assertThat(memberRegistry.get("kofu.cache.memory.owned").gauge().value()).isPositive();
    assertThat(memberRegistry.get("kofu.cache.evictions").functionCounter().count()).isZero();
    double gets =
        members.stream()
            .mapToDouble(
                m -> {
                  SimpleMeterRegistry registry = new SimpleMeterRegistry();
                  new CacheMetrics(m, null).bindTo(registry);
                  return registry.get("kofu.cache.member.gets").functionCounter().count();
                })
            .sum();
    assertThat(gets).isGreaterThanOrEqualTo(2);
    assertThat(clientRegistry.find("kofu.cache.entries").gauge()).isNull();
    assertThat(
            clientRegistry.get("kofu.cache.reads").tag("result", "hits").functionCounter().count())
        .isPositive();
    assertThat(
            clientRegistry
                .get("kofu.cache.reads")
                .tag("result", "misses")
                .functionCounter()
                .count())
        .isPositive();
  }
}

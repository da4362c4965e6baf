package org.kofu.cache.contract;

import com.hazelcast.client.HazelcastClientOfflineException;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import org.kofu.cache.compression.BodyCompressor;
import org.kofu.cache.compression.Dictionaries;
import org.kofu.cache.crypto.BodyCipher;
import org.kofu.cache.internal.Invalidate;
import org.kofu.cache.internal.Lifetimes;
import org.kofu.cache.internal.PersonRecord;
import org.kofu.cache.internal.PutBody;
import org.kofu.cache.internal.StoredBody;
import org.kofu.cache.internal.Watermark;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.SourceVersions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The certificate body cache as batch and relay use it, on a Hazelcast member or client. Bodies are
 * compressed and encrypted here, in the caller's process; members only ever hold ciphertext. Writes
 * and invalidations are decided on the member owning the person (see {@link PutBody}), so an
 * invalidated body never comes back through a late write, a restart or a merge.
 */
public final class CertificateCache {

  private static final Logger log = LoggerFactory.getLogger(CertificateCache.class);

  /**
   * How far the clocks of the processes that evict and the ones that read source rows may differ:
   * an eviction refuses bodies read up to this much after it, which costs at most a miss.
   */
  public static final Duration CLOCK_SKEW_ALLOWANCE = Duration.ofSeconds(5);

  private final HazelcastInstance hazelcast;
  private final BodyCodec codec;
  private final Lifetimes lifetimes;
  private final Clock clock;
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();
  private final LongAdder failures = new LongAdder();

  CertificateCache(HazelcastInstance hazelcast, BodyCodec codec, Lifetimes lifetimes, Clock clock) {
    this.hazelcast = hazelcast;
    this.codec = codec;
    this.lifetimes = lifetimes;
    this.clock = clock;
  }

  public static CertificateCache create(
      HazelcastInstance hazelcast,
      Dictionaries dictionaries,
      CacheProperties properties,
      Clock clock) {
    BodyCodec codec =
        new BodyCodec(
            new BodyCipher(properties.crypto().toKeyRing()),
            new BodyCompressor(dictionaries, properties.compressionLevel()));
    Lifetimes lifetimes =
        new Lifetimes(properties.bodyTtl().toSeconds(), properties.tombstoneTtl().toSeconds());
    return new CertificateCache(hazelcast, codec, lifetimes, clock);
  }

  /**
   * Caches a body unless its data is known to be stale.
   *
   * @param renderedAt when the source rows were read (not when rendering finished)
   */
  public PutOutcome put(
      CertificateSubject subject, SourceVersions sources, Instant renderedAt, byte[] payload) {
    return putAll(List.of(new NewBody(subject, sources, renderedAt, payload))).get(0);
  }

  /**
   * Compresses a payload as {@link #put} would, with the cluster's active dictionary: for a caller
   * that keeps the compressed form too, and puts it with {@link #putCompressed(CertificateSubject,
   * SourceVersions, Instant, BodyCompressor.Compressed)} without compressing it again.
   */
  public BodyCompressor.Compressed compress(byte[] payload) {
    return codec.compress(payload);
  }

  /** {@link #put} of a payload already compressed by {@link #compress}. */
  public PutOutcome putCompressed(
      CertificateSubject subject,
      SourceVersions sources,
      Instant renderedAt,
      BodyCompressor.Compressed compressed) {
    StoredBody stored = codec.encode(subject.key(), sources, renderedAt, compressed);
    return putStored(subject.person().key(), List.of(stored)).get(0);
  }

  /**
   * Caches bodies of one person in one call to the member that owns the person (one write of the
   * entry and of its backup), each unless its data is known to be stale.
   *
   * @return each body's outcome, in order
   * @throws IllegalArgumentException when the bodies are of several persons
   */
  public List<PutOutcome> putAll(List<NewBody> newBodies) {
    if (newBodies.isEmpty()) {
      return List.of();
    }
    String personKey = newBodies.get(0).subject().person().key();
    List<StoredBody> stored = new ArrayList<>(newBodies.size());
    for (NewBody body : newBodies) {
      if (!body.subject().person().key().equals(personKey)) {
        throw new IllegalArgumentException("bodies of several persons in one put");
      }
      stored.add(codec.encode(body.subject().key(), body.sources(), body.readAt(), body.payload()));
    }
    return putStored(personKey, stored);
  }

  private List<PutOutcome> putStored(String personKey, List<StoredBody> stored) {
    String answer = bodies().executeOnKey(personKey, new PutBody(stored, lifetimes));
    return PutBody.decisions(answer).stream().map(d -> PutOutcome.valueOf(d.name())).toList();
  }

  public Optional<CachedBody> get(CertificateSubject subject) {
    return get(subject.key());
  }

  /**
   * The cached body of a subject. Never throws: a member down, a lost quorum, an unknown key or a
   * value that does not authenticate is logged and answered as a miss.
   */
  public Optional<CachedBody> get(String subjectKey) {
    try {
      // a plain read of the person's entry, not an entry processor: reads go on where split-brain
      // protection refuses writes, and a person's few compressed bodies are small. Not getAsync:
      // Hazelcast 5.5's client decodes an async answer on its I/O thread, and a Compact schema it
      // has not seen yet is fetched there with a blocking call that the same thread would have to
      // answer, so the connection stalls until the invocation timeout (CacheMemberProcessIT)
      PersonRecord record = bodies().get(CacheMaps.personKeyOf(subjectKey));
      StoredBody stored = record == null ? null : record.body(subjectKey).orElse(null);
      if (stored == null) {
        misses.increment();
        return Optional.empty();
      }
      CachedBody body = codec.decode(stored);
      if (!body.subjectKey().equals(subjectKey)) {
        throw new IllegalStateException(
            "cached body of " + body.subjectKey() + " under " + subjectKey);
      }
      hits.increment();
      return Optional.of(body);
    } catch (HazelcastClientOfflineException e) {
      // the cluster is away: every read is a miss until the client is connected again; the
      // client's connection state is exported and alerted on, one line per read would flood the log
      failures.increment();
      misses.increment();
      return Optional.empty();
    } catch (RuntimeException e) {
      failures.increment();
      misses.increment();
      log.warn("certificate cache read of {} failed, answering a miss", subjectKey, e);
      return Optional.empty();
    }
  }

  /**
   * Drops the subject's body and refuses, for every body of the person, data older than {@code
   * current}: the versions the invalidator saw.
   */
  public int invalidate(String subjectKey, SourceVersions current) {
    return invalidate(CacheMaps.personKeyOf(subjectKey), subjectKey, rows(current));
  }

  /**
   * Drops every body of the person made from data older than {@code current}, and refuses it later.
   */
  public int invalidatePerson(String personKey, SourceVersions current) {
    return invalidate(personKey, "", rows(current));
  }

  /** Drops every body of the person and refuses every body whose rows were read until now. */
  public int evictPerson(String personKey) {
    return invalidate(
        personKey, "", Watermark.ofFloor(clock.millis() + CLOCK_SKEW_ALLOWANCE.toMillis()));
  }

  /** Without versions an invalidation could not refuse a late write of the same data. */
  private static Watermark rows(SourceVersions current) {
    if (current.versions().isEmpty()) {
      throw new IllegalArgumentException(
          "an invalidation needs the versions seen; use evictPerson");
    }
    return Watermark.ofRows(current.versions());
  }

  private int invalidate(String personKey, String subjectKey, Watermark raise) {
    return bodies().executeOnKey(personKey, new Invalidate(subjectKey, raise, lifetimes));
  }

  /**
   * Looked up on each call, not once: a client that started before the cluster (the relay starts
   * without it) cannot make a map's proxy until it is connected.
   */
  private IMap<String, PersonRecord> bodies() {
    return hazelcast.getMap(CacheMaps.BODIES);
  }

  /** Client-side counts since start, for metrics. */
  public Map<String, Long> counts() {
    return Map.of("hits", hits.sum(), "misses", misses.sum(), "failures", failures.sum());
  }
}

package org.kofu.relay.freshness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kofu.cache.compression.BodyCompressor;
import org.kofu.cache.contract.CachedBody;
import org.kofu.cache.contract.CertificateCache;
import org.kofu.cache.testing.LocalDictionaries;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.certificate.SourceVersions;
import org.kofu.core.certificate.assembly.CertificateContentAssembler;
import org.kofu.core.render.CertificateRenderer;
import org.kofu.core.render.body.RenderedBody;
import org.kofu.core.render.body.RenderedBodyCodec;
import org.kofu.relay.RelayProperties;
import org.kofu.relay.cache.CacheCalls;
import org.kofu.relay.problem.RelayException;
import org.kofu.relay.support.RelayTests;
import org.kofu.relay.support.TestLegacy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * A rendering that does not finish in time abandons the request; nothing of it is cached. A body
 * rendered on demand is served as a cache hit would serve it, decoded from the compressed form the
 * issuance record keeps.
 */
class FreshBodiesIT extends RelayTests {

  private static final CacheCalls CACHE_CALLS =
      new CacheCalls(Duration.ofSeconds(1), Duration.ofSeconds(1), 4);

  private static final CertificateSubject SUBJECT =
      new CertificateSubject(new PersonRef.Resident(1), CertificateType.JUMINHYO, null);

  private static final BodyCompressor WITHOUT_DICTIONARIES =
      new BodyCompressor(new LocalDictionaries(), 3);

  private final ThreadPoolTaskExecutor renderThreads =
      RenderThreads.executor(timeout(Duration.ofSeconds(5)));

  @BeforeEach
  void startRenderThreads() {
    renderThreads.initialize();
  }

  @AfterEach
  void stopRenderThreads() {
    renderThreads.shutdown();
  }

  private static RelayProperties timeout(Duration renderTimeout) {
    return new RelayProperties(
        List.of("012025"),
        Map.of(),
        Set.of(),
        15,
        renderTimeout,
        0,
        Duration.ofSeconds(1),
        Duration.ofSeconds(30),
        Duration.ofSeconds(1),
        Duration.ofSeconds(1),
        new RelayProperties.PlainHttp(false, 8080),
        false);
  }

  @Test
  void aRenderingTimeoutAbandonsTheRequestAndCachesNothing() throws Exception {
    CertificateRenderer slow = mock(CertificateRenderer.class);
    CountDownLatch interrupted = new CountDownLatch(1);
    when(slow.renderForCache(any()))
        .thenAnswer(
            call -> {
              try {
                Thread.sleep(10_000);
              } catch (InterruptedException e) {
                interrupted.countDown();
              }
              return null;
            });
    CertificateContentAssembler assembler = mock(CertificateContentAssembler.class);
    CertificateContent content =
        new CertificateContent.Tax(
            SUBJECT, null, null, SourceVersions.builder().add("madoguchi.jumin", 1, 1).build());
    when(assembler.assemble(SUBJECT)).thenReturn(content);
    CertificateCache cache = mock(CertificateCache.class);
    TimedRenderer renderer =
        new TimedRenderer(slow, timeout(Duration.ofMillis(200)), renderThreads);
    FreshBodies bodies =
        new FreshBodies(
            assembler, cache, renderer, CACHE_CALLS, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

    assertThatThrownBy(() -> bodies.obtain(SUBJECT))
        .isInstanceOfSatisfying(RelayException.class, e -> assertThat(e.status()).isEqualTo(503));

    assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
    verify(cache, never()).put(any(), any(), any(), any(byte[].class));
    verify(cache, never()).putCompressed(any(), any(), any(), any());
  }

  @Autowired private CertificateContentAssembler assembler;
  @Autowired private CertificateRenderer certificates;

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void aCachedValueThatDoesNotDecodeHereIsAMissRenderedOnDemandAndServedFromItsKeptForm(
      CapturedOutput output) {
    CertificateSubject subject = residentSubject(5);
    CertificateCache cache = mock(CertificateCache.class);
    // fresh (made from the rows as they are now), so that only its form makes it a miss
    SourceVersions current = assembler.assemble(subject).sources();
    when(cache.get(subject))
        .thenReturn(
            Optional.of(
                new CachedBody(
                    subject.key(),
                    current,
                    Instant.EPOCH,
                    "k1",
                    new byte[] {99, 0},
                    new BodyCompressor.Compressed("none", new byte[] {1}))));
    when(cache.compress(any())).thenAnswer(call -> BodyCompressor.plain(call.getArgument(0)));
    TimedRenderer renderer =
        new TimedRenderer(certificates, timeout(Duration.ofSeconds(5)), renderThreads);

    FreshBody body = freshBodies(cache, renderer).obtain(subject);

    assertThat(output).contains("cached body of " + subject.key() + " not decodable here");
    assertThat(body.source()).isEqualTo(BodySource.ON_DEMAND);
    assertThat(body.body().subject()).isEqualTo(subject);
    assertThat(decodedForm(subject, body.form())).isEqualTo(body.body().pdf());
    verify(cache).putCompressed(eq(subject), any(), any(), eq(body.form()));
  }

  @Test
  void whenTheClusterCannotCompressTheBodyIsServedKeptWithoutADictionaryAndNotCached() {
    CertificateSubject subject = residentSubject(6);
    CertificateCache cache = mock(CertificateCache.class);
    when(cache.get(subject)).thenReturn(Optional.empty());
    when(cache.compress(any())).thenThrow(new IllegalStateException("cluster unreachable"));
    TimedRenderer renderer =
        new TimedRenderer(certificates, timeout(Duration.ofSeconds(5)), renderThreads);

    FreshBody body = freshBodies(cache, renderer).obtain(subject);

    assertThat(body.source()).isEqualTo(BodySource.ON_DEMAND);
    assertThat(body.form().dictionaryId()).isEqualTo(BodyCompressor.NO_DICTIONARY);
    assertThat(decodedForm(subject, body.form())).isEqualTo(body.body().pdf());
    verify(cache, never()).putCompressed(any(), any(), any(), any());
  }

  private FreshBodies freshBodies(CertificateCache cache, TimedRenderer renderer) {
    return new FreshBodies(
        assembler, cache, renderer, CACHE_CALLS, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
  }

  private static CertificateSubject residentSubject(int adult) {
    long atenaNo = TestLegacy.atenaNo(TestLegacy.issuableAdults().get(adult));
    return new CertificateSubject(new PersonRef.Resident(atenaNo), CertificateType.JUMINHYO, null);
  }

  /** The PDF a repeat would rebuild from the kept form (compressed without a dictionary). */
  private static byte[] decodedForm(CertificateSubject subject, BodyCompressor.Compressed form) {
    byte[] payload = WITHOUT_DICTIONARIES.decompress(form);
    RenderedBody body =
        RenderedBodyCodec.decode(SourceVersions.builder().build(), Instant.EPOCH, payload);
    assertThat(body.subject()).isEqualTo(subject);
    return body.pdf();
  }
}

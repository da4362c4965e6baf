package org.kofu.relay.freshness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
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
import org.junit.jupiter.api.Test;
import org.kofu.cache.contract.CachedBody;
import org.kofu.cache.contract.CertificateCache;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.certificate.SourceVersions;
import org.kofu.core.certificate.assembly.CertificateContentAssembler;
import org.kofu.core.render.CertificateRenderer;
import org.kofu.core.render.RenderedBody;
import org.kofu.core.render.StampSites;
import org.kofu.relay.RelayProperties;
import org.kofu.relay.problem.RelayException;

/** A rendering that does not finish in time abandons the request; nothing of it is cached. */
class FreshBodiesTests {

  private static final CertificateSubject SUBJECT =
      new CertificateSubject(new PersonRef.Resident(1), CertificateType.JUMINHYO, null);

  private static final StampSites.Site NO_SITE = new StampSites.Site(new int[0], new int[0], 0);

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
    when(slow.render(any()))
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
    TimedRenderer renderer = new TimedRenderer(slow, timeout(Duration.ofMillis(200)));
    FreshBodies bodies =
        new FreshBodies(assembler, cache, renderer, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

    assertThatThrownBy(() -> bodies.obtain(SUBJECT))
        .isInstanceOfSatisfying(RelayException.class, e -> assertThat(e.status()).isEqualTo(503));

    assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
    verify(cache, never()).put(any(), any(), any(), any());
    renderer.destroy();
  }

  @Test
  void aCachedValueThatDoesNotDecodeHereIsAMissRenderedOnDemand() {
    CertificateContent content =
        new CertificateContent.Tax(
            SUBJECT, null, null, SourceVersions.builder().add("madoguchi.jumin", 1, 1).build());
    CertificateContentAssembler assembler = mock(CertificateContentAssembler.class);
    when(assembler.assemble(SUBJECT)).thenReturn(content);
    CertificateCache cache = mock(CertificateCache.class);
    when(cache.get(SUBJECT))
        .thenReturn(
            Optional.of(
                new CachedBody(
                    SUBJECT.key(), content.sources(), Instant.EPOCH, "k1", new byte[] {99, 0})));
    RenderedBody rendered =
        new RenderedBody(
            SUBJECT,
            content.sources(),
            Instant.EPOCH,
            1,
            new byte[] {1},
            new StampSites(new int[0], List.of(), NO_SITE, NO_SITE));
    CertificateRenderer fresh = mock(CertificateRenderer.class);
    when(fresh.render(content)).thenReturn(rendered);
    TimedRenderer renderer = new TimedRenderer(fresh, timeout(Duration.ofSeconds(5)));
    FreshBodies bodies =
        new FreshBodies(assembler, cache, renderer, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

    FreshBody body = bodies.obtain(SUBJECT);

    assertThat(body.source()).isEqualTo(BodySource.ON_DEMAND);
    assertThat(body.body()).isSameAs(rendered);
    verify(cache).put(any(), any(), any(), any());
    renderer.destroy();
  }
}

package org.kofu.relay.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kofu.cache.contract.CertificateCache;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.certificate.assembly.CertificateContentAssembler;
import org.kofu.core.existing.BodyRequest;
import org.kofu.core.existing.ExistingSystemCertificates;
import org.kofu.core.existing.ExistingSystemException;
import org.kofu.core.existing.ForeignBodyCheck;
import org.kofu.core.existing.ForeignBodyIntake;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * The refill's queue: one subject fetched at a time, a subject already waiting not queued twice,
 * one more than the queue holds dropped and counted, nothing asked when it is off.
 */
class ForeignBodyRefillTests {

  private final ExistingSystemCertificates existing = mock(ExistingSystemCertificates.class);
  private final MeterRegistry registry = new SimpleMeterRegistry();
  private final CountDownLatch entered = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);
  private ForeignBodyRefill refill;

  private ForeignBodyRefill refill(boolean enabled, int queue) {
    refill =
        new ForeignBodyRefill(
            new StaticListableBeanFactory(Map.of("existing", existing))
                .getBeanProvider(ExistingSystemCertificates.class),
            mock(CertificateContentAssembler.class),
            new ForeignBodyIntake(mock(ForeignBodyCheck.class), Clock.systemUTC()),
            mock(CertificateCache.class),
            new ExistingRefillProperties(enabled, queue, Duration.ofSeconds(1)),
            registry);
    return refill;
  }

  @AfterEach
  void stop() {
    release.countDown();
    if (refill != null) {
      refill.destroy();
    }
  }

  private static CertificateSubject inkan(long atenaNo) {
    return new CertificateSubject(new PersonRef.Resident(atenaNo), CertificateType.INKAN, null);
  }

  private double count(String outcome) {
    var counter = registry.find("kofu.relay.existing.refills").tag("outcome", outcome).counter();
    return counter == null ? 0 : counter.count();
  }

  private double waiting() {
    return registry.get("kofu.relay.existing.refills.waiting").gauge().value();
  }

  @Test
  void oneAtATimeNoSubjectTwiceAndOneMoreThanTheQueueDropped() throws Exception {
    when(existing.body(any(), any()))
        .thenAnswer(
            call -> {
              entered.countDown();
              release.await(10, TimeUnit.SECONDS);
              throw new ExistingSystemException(
                  ExistingSystemException.Outcome.FAILED, null, "HTTP 500");
            });
    ForeignBodyRefill refill = refill(true, 1);

    refill.refill(inkan(1), "00000000001");
    assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
    refill.refill(inkan(2), "00000000002");
    refill.refill(inkan(2), "00000000002");
    refill.refill(inkan(3), "00000000003");

    assertThat(count("DROPPED")).isEqualTo(1);
    assertThat(waiting()).isEqualTo(2);
    release.countDown();
    Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> waiting() == 0);
    assertThat(count("UNAVAILABLE")).isEqualTo(2);
    verify(existing, times(1)).body(eq(new BodyRequest(inkan(1), "00000000001")), anyInstant());
    verify(existing, times(1)).body(eq(new BodyRequest(inkan(2), "00000000002")), anyInstant());
    verify(existing, never()).body(eq(new BodyRequest(inkan(3), "00000000003")), anyInstant());
  }

  @Test
  void offItAsksNothing() throws Exception {
    ForeignBodyRefill refill = refill(false, 4);

    refill.refill(inkan(1), "00000000001");

    Thread.sleep(200);
    verify(existing, never()).body(any(), any());
    assertThat(waiting()).isZero();
  }

  private static java.time.Instant anyInstant() {
    return any(java.time.Instant.class);
  }
}

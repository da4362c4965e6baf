package org.kofu.relay.issuance;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.kofu.cache.contract.CertificateCache;
import org.kofu.cache.contract.PutOutcome;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.assembly.CertificateContentAssembler;
import org.kofu.core.existing.BodyRequest;
import org.kofu.core.existing.ExistingSystemCertificates;
import org.kofu.core.existing.ExistingSystemException;
import org.kofu.core.existing.ForeignBodyCheck;
import org.kofu.core.existing.ForeignBodyIntake;
import org.kofu.core.existing.ForeignBodyRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/**
 * After the existing system finished a subject's certificate on demand, its body (事前作成, with stamp
 * areas) is asked for off the request's thread, taken in as the batch takes it ({@link
 * ForeignBodyIntake}: checked against the rows then by {@link ForeignBodyCheck}) and cached, so
 * that the subject's next certificate is stamped from the cache: as a body rendered on demand is
 * written back ({@code FreshBodies}). Without it the subject stays on demand until the batch's
 * delta pulls its body, which it does only after a change, never after the cache evicted the body.
 * One thread asks, one subject at a time; a subject already waiting is not queued twice, and one
 * more than {@link ExistingRefillProperties#queue()} is dropped. Counted as {@code
 * kofu_relay_existing_refills_total{type,outcome}}: {@code CACHED}, {@code NOT_CACHED} (the cache
 * refused it as stale, or the write failed), {@code REFUSED} (the check), {@code UNAVAILABLE} (the
 * existing system refused, failed or timed out), {@code DROPPED}; the subjects waiting as {@code
 * kofu_relay_existing_refills_waiting}.
 */
@Component
class ForeignBodyRefill implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(ForeignBodyRefill.class);

  private final ObjectProvider<ExistingSystemCertificates> existing;
  private final CertificateContentAssembler assembler;
  private final ForeignBodyIntake intake;
  private final CertificateCache cache;
  private final ExistingRefillProperties properties;
  private final MeterRegistry registry;
  private final Set<String> waiting = ConcurrentHashMap.newKeySet();
  private final ThreadPoolExecutor thread;

  ForeignBodyRefill(
      ObjectProvider<ExistingSystemCertificates> existing,
      CertificateContentAssembler assembler,
      ForeignBodyIntake intake,
      CertificateCache cache,
      ExistingRefillProperties properties,
      MeterRegistry registry) {
    this.existing = existing;
    this.assembler = assembler;
    this.intake = intake;
    this.cache = cache;
    this.properties = properties;
    this.registry = registry;
    CustomizableThreadFactory threads = new CustomizableThreadFactory("existing-refill-");
    threads.setDaemon(true);
    this.thread =
        new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(properties.queue()),
            threads,
            new ThreadPoolExecutor.AbortPolicy());
    Gauge.builder("kofu.relay.existing.refills.waiting", waiting, Set::size)
        .description("subjects whose body is being fetched or waits to be")
        .register(registry);
  }

  /** Asks for the subject's body later; never blocks and never throws. */
  void refill(CertificateSubject subject, String juminhyoCode) {
    if (!properties.enabled() || !waiting.add(subject.key())) {
      return;
    }
    try {
      thread.execute(() -> fetchAndCache(subject, juminhyoCode));
    } catch (RejectedExecutionException e) {
      waiting.remove(subject.key());
      count(subject, "DROPPED");
    }
  }

  private void fetchAndCache(CertificateSubject subject, String juminhyoCode) {
    try {
      count(subject, fetchAndCacheNow(subject, juminhyoCode));
    } catch (RuntimeException e) {
      // the cache or the rows could not be reached: a later request asks again
      log.warn("refilling a {} body failed: {}", subject.type(), e.getClass().getSimpleName());
      count(subject, "NOT_CACHED");
    } finally {
      waiting.remove(subject.key());
    }
  }

  private String fetchAndCacheNow(CertificateSubject subject, String juminhyoCode) {
    ForeignBodyIntake.Admitted admitted;
    try {
      admitted =
          intake.fetch(
              existing.getObject(),
              new BodyRequest(subject, juminhyoCode),
              properties.timeout(),
              body -> assembler.assemble(subject).sources().versions());
    } catch (ExistingSystemException e) {
      return "UNAVAILABLE";
    } catch (ForeignBodyRefusedException e) {
      // logged and counted by kind by the check
      return "REFUSED";
    }
    PutOutcome put = cache.put(subject, admitted.versions(), admitted.readAt(), admitted.payload());
    return put == PutOutcome.STORED ? "CACHED" : "NOT_CACHED";
  }

  private void count(CertificateSubject subject, String outcome) {
    Counter.builder("kofu.relay.existing.refills")
        .description("bodies of the existing system asked for after an on-demand certificate")
        .tag("type", subject.type().name())
        .tag("outcome", outcome)
        .register(registry)
        .increment();
  }

  @Override
  public void destroy() {
    thread.shutdownNow();
  }
}

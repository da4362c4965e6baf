package org.kofu.kiosk.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kofu.core.readback.PersonSnapshot;

/**
 * Simulated kiosks against relays: each kiosk picks a person and a certificate from the mix, reads
 * the person from the existing systems, sends the request with a fresh requestId, checks the body
 * it gets, notifies the result, thinks, and again, until the run's time is up.
 *
 * <p>On a connection failure, a timeout or a 5xx that is not a deliberate 503, the kiosk sends the
 * same request (same requestId: the relays' idempotency makes it safe) to the next relay, until
 * {@link LoadPlan#answerDeadline()}; only then the transaction counts as failed.
 *
 * <p>Every body, the warm-up's too, is checked after the run, against the person as read before the
 * request and again right after the answer: extracting a certificate's text with PDFBox costs more
 * CPU than the relay spends issuing it, and on a shared machine the kiosks' checking would be
 * measured as the relays' latency (and in the warm-up it takes the CPU the relays' compilers need).
 * The bodies wait outside the Java heap (about 50 KB each): on it, the young collections copied
 * them and paused every kiosk for up to 160 ms, measured by the kiosks as the relays' latency.
 */
public final class LoadDriver {

  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final Pattern REASON = Pattern.compile("\"reason\"\\s*:\\s*\"([A-Z_]+)\"");
  static final List<String> DELIBERATE_503 =
      List.of("SOURCE_UNAVAILABLE", "OUT_OF_SERVICE_HOURS", "MAINTENANCE");

  private final LoadPlan plan;
  private final KioskHttp http;
  private final PersonSnapshots snapshots;
  private final PeoplePicks peoplePicks;
  private final LoadReport report = new LoadReport();

  /** What the warm-up saw: its bodies' verdicts only, beside the measured part's figures. */
  private final LoadReport warmUp = new LoadReport();

  /** Answers of the warm-up and the measured part, checked once the run is over. */
  private final Queue<Answered> unchecked = new ConcurrentLinkedQueue<>();

  private final String runId = Long.toString(System.currentTimeMillis(), 36);
  private volatile long measuredFrom;
  private volatile long end;

  private LoadDriver(LoadPlan plan) {
    this.plan = plan;
    this.http = KioskHttp.open(plan.tls(), plan.kiosks());
    this.snapshots = new PersonSnapshots(plan.legacy());
    this.peoplePicks = new PeoplePicks(plan.people());
  }

  /** Runs the plan to its end and reports; every kiosk's last transaction is finished first. */
  public static LoadReport run(LoadPlan plan) throws InterruptedException {
    return run(plan, () -> {});
  }

  /** As {@link #run(LoadPlan)}; {@code loadEnded} runs as the load ends, before the checks. */
  public static LoadReport run(LoadPlan plan, Runnable loadEnded) throws InterruptedException {
    LoadDriver driver = new LoadDriver(plan);
    try (KioskHttp http = driver.http) {
      return driver.drive(loadEnded);
    } catch (IOException e) {
      throw new UncheckedIOException("closing the kiosks' connections failed", e);
    }
  }

  /**
   * A reference figure for the same run: {@code requests} GETs of the health endpoint, one after
   * the other on one connection (after 20 not counted): what TLS and HTTP cost without issuance.
   */
  public static Latencies baseline(URI relay, javax.net.ssl.SSLContext tls, int requests)
      throws IOException {
    URI health = relay.resolve("/jlis/v1/health");
    Latencies latencies = new Latencies();
    try (KioskHttp client = KioskHttp.open(tls, 1)) {
      for (int i = -20; i < requests; i++) {
        long start = System.nanoTime();
        int status = client.get(health, Duration.ofSeconds(10)).status();
        if (status != 200) {
          throw new IOException("the relay's health answered " + status);
        }
        if (i >= 0) {
          latencies.add("health-" + i, System.nanoTime() - start);
        }
      }
    }
    return latencies;
  }

  private LoadReport drive(Runnable loadEnded) throws InterruptedException {
    ExecutorService kiosks = Executors.newFixedThreadPool(plan.kiosks() + 2);
    measuredFrom = System.nanoTime() + plan.warmUp().toNanos();
    end = measuredFrom + plan.duration().toNanos();
    // the warm-up changes the measured part's people once, in its first half: a relay in service
    // renders stale bodies of every type all day, and without changes the warm-up left that path
    // (the pre-generated types' templates filled in the relay) to be compiled in the measured
    // minute. Their bodies are mostly rendered again in the warm-up's second half, so the measured
    // part's mix stays as planned; changing other people would leave their cached bodies stale
    // for the measured part and add on-demand renderings to it (a third instead of a fifth).
    AtomicLong markers = new AtomicLong(System.currentTimeMillis());
    LoadChanges warmUpChanges =
        new LoadChanges(
            plan.legacy(),
            plan.people(),
            plan.changeShare(),
            plan.warmUp().dividedBy(2),
            4,
            markers);
    Future<?> warmUpChanging = kiosks.submit(warmUpChanges);
    LoadChanges changes =
        new LoadChanges(
            plan.legacy(), plan.people(), plan.changeShare(), plan.duration(), 4, markers);
    Future<?> changing =
        kiosks.submit(
            () -> {
              if (pauseUntil(measuredFrom)) {
                changes.run();
              }
            });
    List<Future<?>> running = new ArrayList<>();
    for (int k = 0; k < plan.kiosks(); k++) {
      int kiosk = k;
      running.add(kiosks.submit(() -> kiosk(kiosk)));
    }
    for (Future<?> future : running) {
      try {
        future.get();
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException("a kiosk stopped", e.getCause());
      }
    }
    double seconds = (System.nanoTime() - measuredFrom) / 1e9;
    changing.cancel(true);
    warmUpChanging.cancel(true);
    kiosks.shutdownNow();
    kiosks.awaitTermination(10, TimeUnit.SECONDS);
    loadEnded.run();
    checkAnswered();
    report.finish(seconds, changes.committed(), changes.failed());
    if (!plan.warmUp().isZero()) {
      warmUp.finish(
          plan.warmUp().toNanos() / 1e9, warmUpChanges.committed(), warmUpChanges.failed());
      report.warmedUpWith(warmUp);
    }
    return report;
  }

  /** Checks the bodies, on as many threads as there are cores. */
  private void checkAnswered() throws InterruptedException {
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService checkers = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        running.add(
            checkers.submit(
                () -> {
                  for (Answered a = unchecked.poll(); a != null; a = unchecked.poll()) {
                    a.check();
                  }
                }));
      }
      for (Future<?> future : running) {
        future.get();
      }
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("checking the bodies failed", e.getCause());
    } finally {
      checkers.shutdownNow();
    }
  }

  /** False when interrupted first. */
  private static boolean pauseUntil(long nanoTime) {
    try {
      long wait = nanoTime - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void kiosk(int kiosk) {
    SplittableRandom random = new SplittableRandom(kiosk * 7919L + System.nanoTime());
    int totalWeight = plan.mix().stream().mapToInt(MixEntry::weight).sum();
    String kioskId = "LOAD-" + kiosk;
    long think = plan.thinkTime().toNanos();
    // kiosks are not synchronised: each starts somewhere in its first think time
    if (think > 0 && !pauseUntil(System.nanoTime() + random.nextLong(think))) {
      return;
    }
    for (long n = 0; System.nanoTime() < end && !Thread.currentThread().isInterrupted(); n++) {
      // a transaction counts when it starts in the measured part
      boolean inWarmUp = System.nanoTime() < measuredFrom;
      LoadReport counted = inWarmUp ? warmUp : report;
      MixEntry entry = pick(random.nextInt(totalWeight));
      String person = peoplePicks.pick(entry, inWarmUp, random);
      RefusalCase refusal =
          !plan.refusals().isEmpty() && random.nextDouble() < plan.refusalShare()
              ? plan.refusals().get(random.nextInt(plan.refusals().size()))
              : null;
      String requestId = "load-" + runId + "-" + kiosk + "-" + n;
      try {
        if (refusal != null) {
          refused(kiosk, kioskId, requestId, refusal, counted);
        } else {
          transaction(kiosk, kioskId, requestId, person, entry, counted);
        }
        if (think > 0) {
          long pause = think / 2 + random.nextLong(think);
          TimeUnit.NANOSECONDS.sleep(Math.min(pause, Math.max(0, end - System.nanoTime())));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private MixEntry pick(int ticket) {
    int left = ticket;
    for (MixEntry entry : plan.mix()) {
      left -= entry.weight();
      if (left < 0) {
        return entry;
      }
    }
    return plan.mix().get(plan.mix().size() - 1);
  }

  private void transaction(
      int kiosk, String kioskId, String requestId, String person, MixEntry entry, LoadReport report)
      throws InterruptedException {
    PersonSnapshot before;
    try {
      before = snapshots.read(person, entry);
    } catch (RuntimeException e) {
      // the driver cannot know what the answer must show: nothing is sent
      report.unexpected("legacy read failed before sending");
      return;
    }
    if (before == null) {
      report.unexpected("person not in the existing systems");
      return;
    }
    long sent = System.nanoTime();
    Answer answer =
        send(
            kiosk,
            "/jlis/v1/certificates",
            request(requestId, person, entry, kioskId),
            sent,
            report);
    long elapsed = System.nanoTime() - sent;
    String what = requestId + " " + entry;
    if (answer == null) {
      report.failed(what);
      return;
    }
    report.answeredBy(answer.relay());
    KioskHttp.Reply response = answer.response();
    if (response.status() != 200) {
      String reason = reason(response);
      if (response.status() == 503 && DELIBERATE_503.contains(reason)) {
        report.deliberate503();
      } else {
        report.unexpected(response.status() + " " + reason + " " + entry);
      }
      return;
    }
    unchecked.add(
        new Answered(
            requestId,
            Answered.offHeap(response.body()),
            response.header("X-Certificate-Number").orElse(null),
            response.header("X-Source").orElse("?"),
            answer.relay(),
            elapsed,
            entry,
            before,
            reread(person, entry),
            what,
            report));
    if (plan.notifyResults()) {
      notifyPrinted(kiosk, requestId, response, report);
    }
  }

  /**
   * A request the relay must refuse: the expected refusal is a right answer, a certificate a wrong
   * one (counted as issued and wrong-person, never checked or notified as printed).
   */
  private void refused(
      int kiosk, String kioskId, String requestId, RefusalCase refusal, LoadReport report)
      throws InterruptedException {
    long sent = System.nanoTime();
    Answer answer =
        send(
            kiosk,
            "/jlis/v1/certificates",
            request(requestId, refusal.juminhyoCode(), refusal.entry(), kioskId),
            sent,
            report);
    String what = requestId + " " + refusal.entry() + " " + refusal.kind();
    if (answer == null) {
      report.failed(what);
      return;
    }
    report.answeredBy(answer.relay());
    long elapsed = System.nanoTime() - sent;
    refusal.judge(answer.response(), answer.relay(), elapsed, requestId, what, report);
  }

  private static String request(String requestId, String person, MixEntry entry, String kioskId) {
    return ("{\"requestId\":\"%s\",\"municipalityCode\":\"012025\",\"juminhyoCode\":\"%s\","
            + "\"certificateType\":\"%s\",\"options\":%s,\"copies\":1,\"kioskId\":\"%s\","
            + "\"requestedAt\":\"%s\"}")
        .formatted(
            requestId, person, entry.type(), entry.options(), kioskId, OffsetDateTime.now(TOKYO));
  }

  private void notifyPrinted(
      int kiosk, String requestId, KioskHttp.Reply response, LoadReport report)
      throws InterruptedException {
    Answer result =
        send(
            kiosk,
            "/jlis/v1/certificates/" + requestId + "/result",
            "{\"outcome\":\"PRINTED\",\"pagesPrinted\":%s,\"reportedAt\":\"%s\"}"
                .formatted(response.header("X-Page-Count").orElse("1"), OffsetDateTime.now(TOKYO)),
            System.nanoTime(),
            report);
    report.result(result != null && result.response().status() == 204);
  }

  private PersonSnapshot reread(String person, MixEntry entry) {
    try {
      return snapshots.read(person, entry);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private record Answer(KioskHttp.Reply response, int relay) {}

  /**
   * The answer of the first relay that gives one, starting at the kiosk's own relay; null when none
   * does before the deadline.
   */
  private Answer send(int kiosk, String path, String json, long started, LoadReport report)
      throws InterruptedException {
    long deadline = started + plan.answerDeadline().toNanos();
    for (int attempt = 0; ; attempt++) {
      int relay = (kiosk + attempt) % plan.relays().size();
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return null;
      }
      try {
        KioskHttp.Reply response =
            http.post(plan.relays().get(relay).resolve(path), json, Duration.ofNanos(left));
        int status = response.status();
        boolean deliberate = status == 503 && DELIBERATE_503.contains(reason(response));
        if (status < 500 || deliberate) {
          return new Answer(response, relay);
        }
        report.retried(status + " " + reason(response));
      } catch (IOException e) {
        // connection refused or reset, or no answer in time: the next relay
        report.retried(e.getClass().getSimpleName());
      }
      TimeUnit.MILLISECONDS.sleep(Math.min(500, 50L * (attempt + 1)));
    }
  }

  static String reason(KioskHttp.Reply response) {
    Matcher m = REASON.matcher(response.text());
    return m.find() ? m.group(1) : "";
  }
}

package org.kofu.kiosk.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a load run saw, from the kiosks' side. Latencies are per certificate transaction, from the
 * first send to the answer (retries on another relay included), by the relay's {@code X-Source}.
 */
public final class LoadReport {

  private final Latencies cacheHits = new Latencies();
  private final Latencies onDemand = new Latencies();
  private final Map<Integer, Latencies> cacheHitsByRelay = new ConcurrentHashMap<>();
  private final Map<String, Latencies> cacheHitsByType = new ConcurrentHashMap<>();
  private final Map<Integer, AtomicLong> answeredByRelay = new ConcurrentHashMap<>();
  private final AtomicLong issued = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong unavailable = new AtomicLong();
  private final AtomicLong wrongPerson = new AtomicLong();
  private final AtomicLong stale = new AtomicLong();
  private final AtomicLong refusedAsExpected = new AtomicLong();
  private final AtomicLong retries = new AtomicLong();
  private final AtomicLong results = new AtomicLong();
  private final AtomicLong resultFailures = new AtomicLong();
  private final Map<String, AtomicLong> unexpected = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> problems = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> retryCauses = new ConcurrentHashMap<>();
  private volatile double seconds;
  private volatile long changes;
  private volatile long failedChanges;
  private volatile LoadReport warmUp;

  /**
   * @param type the contract's {@code certificateType}
   * @param relay the index of the relay that answered among the driver's relays
   */
  void issued(
      String requestId,
      String type,
      String source,
      int relay,
      long nanos,
      Verdict verdict,
      String what) {
    issued.incrementAndGet();
    if ("CACHE".equals(source)) {
      cacheHits.add(requestId, nanos);
      cacheHitsByRelay.computeIfAbsent(relay, k -> new Latencies()).add(requestId, nanos);
      cacheHitsByType.computeIfAbsent(type, k -> new Latencies()).add(requestId, nanos);
    } else {
      onDemand.add(requestId, nanos);
    }
    if (verdict == Verdict.WRONG_PERSON) {
      wrongPerson.incrementAndGet();
      note(verdict + " " + what);
    } else if (verdict == Verdict.STALE) {
      stale.incrementAndGet();
      note(verdict + " " + what);
    }
  }

  /** A certificate transaction that relay {@code relay} answered, whatever the answer. */
  void answeredBy(int relay) {
    answeredByRelay.computeIfAbsent(relay, k -> new AtomicLong()).incrementAndGet();
  }

  void refusal() {
    refusedAsExpected.incrementAndGet();
  }

  void failed(String what) {
    failed.incrementAndGet();
    note("no answer " + what);
  }

  void deliberate503() {
    unavailable.incrementAndGet();
  }

  void unexpected(String answer) {
    unexpected.computeIfAbsent(answer, k -> new AtomicLong()).incrementAndGet();
  }

  void retried(String cause) {
    retries.incrementAndGet();
    if (retryCauses.size() < 20) {
      retryCauses.computeIfAbsent(cause, k -> new AtomicLong()).incrementAndGet();
    }
  }

  void result(boolean recorded) {
    (recorded ? results : resultFailures).incrementAndGet();
  }

  private void note(String problem) {
    if (problems.size() < 20) {
      problems.computeIfAbsent(problem, k -> new AtomicLong()).incrementAndGet();
    }
  }

  void finish(double runSeconds, long changesCommitted, long changesFailed) {
    this.seconds = runSeconds;
    this.changes = changesCommitted;
    this.failedChanges = changesFailed;
  }

  /** The warm-up's bodies, checked as the measured part's are but not in its figures. */
  void warmedUpWith(LoadReport warmUpReport) {
    this.warmUp = warmUpReport;
  }

  /** What the warm-up's bodies were found to be; empty when the run had no warm-up. */
  public Optional<LoadReport> warmUp() {
    return Optional.ofNullable(warmUp);
  }

  /** Certificates issued (200, body checked) per second of the run. */
  public double requestsPerSecond() {
    return seconds == 0 ? 0 : issued.get() / seconds;
  }

  public long issued() {
    return issued.get();
  }

  /** Every certificate transaction: issued, refused as it must be, or an error. */
  public long transactions() {
    return issued() + refusedAsExpected() + errors();
  }

  /**
   * The certificate transactions each relay answered (issued, refused, or any other answer), by the
   * relay's index among the driver's relays; a transaction no relay answered is in none.
   */
  public Map<Integer, Long> transactionsByRelay() {
    Map<Integer, Long> copy = new TreeMap<>();
    answeredByRelay.forEach((relay, n) -> copy.put(relay, n.get()));
    return copy;
  }

  /** Transactions no relay answered before the deadline. */
  public long failed() {
    return failed.get();
  }

  /** Deliberate 503s (SOURCE_UNAVAILABLE, OUT_OF_SERVICE_HOURS, MAINTENANCE). */
  public long unavailable() {
    return unavailable.get();
  }

  /** Answers other than 200 and deliberate 503s, by status and reason. */
  public Map<String, Long> unexpected() {
    Map<String, Long> copy = new TreeMap<>();
    unexpected.forEach((k, v) -> copy.put(k, v.get()));
    return copy;
  }

  public long unexpectedCount() {
    return unexpected.values().stream().mapToLong(AtomicLong::get).sum();
  }

  /** Every kiosk transaction that did not end with a checked certificate. */
  public long errors() {
    return failed() + unavailable() + unexpectedCount();
  }

  public long wrongPerson() {
    return wrongPerson.get();
  }

  public long stale() {
    return stale.get();
  }

  /**
   * Requests that must be refused (restricted person, protected member, under age) and were, with
   * the expected cause: right answers, not errors.
   */
  public long refusedAsExpected() {
    return refusedAsExpected.get();
  }

  /** PRINTED notifications the relays recorded (204). */
  public long resultsNotified() {
    return results.get();
  }

  public long retries() {
    return retries.get();
  }

  public long changes() {
    return changes;
  }

  public Latencies cacheHits() {
    return cacheHits;
  }

  public Latencies onDemand() {
    return onDemand;
  }

  public double seconds() {
    return seconds;
  }

  /** A readable account of the run (no personal data: request ids and types only). */
  public List<String> summary() {
    List<String> lines = new ArrayList<>();
    lines.add(
        "load: %.1f s, %d certificates (%d cache, %d on demand), %d results notified (%d failed)"
            .formatted(
                seconds,
                issued.get(),
                cacheHits.count(),
                onDemand.count(),
                results.get(),
                resultFailures.get()));
    lines.add(
        "load: %d retries on another relay, %d deliberate 503, %d without an answer, %d changes"
                .formatted(retries.get(), unavailable.get(), failed.get(), changes)
            + (failedChanges > 0 ? " (%d changes failed)".formatted(failedChanges) : ""));
    if (refusedAsExpected.get() > 0) {
      lines.add(
          "load: %d refused as they must be (restricted, protected member, under age)"
              .formatted(refusedAsExpected.get()));
    }
    retryCauses.forEach((cause, n) -> lines.add("load: retried after " + cause + " × " + n));
    unexpected().forEach((answer, n) -> lines.add("load: unexpected " + answer + " × " + n));
    problems.forEach((problem, n) -> lines.add("load: " + problem + " × " + n));
    warmUp().ifPresent(w -> lines.addAll(w.warmUpLines()));
    if (cacheHitsByRelay.size() > 1) {
      lines.add(cacheHitsByRelayLine());
    }
    lines.add("relay requests/s: " + Math.round(requestsPerSecond()));
    lines.add(
        "relay cache-hit p50/p99 ms: %s/%s"
            .formatted(ms(cacheHits.percentileMs(50)), ms(cacheHits.percentileMs(99))));
    lines.add(
        "relay on-demand p50/p99 ms: %s/%s"
            .formatted(ms(onDemand.percentileMs(50)), ms(onDemand.percentileMs(99))));
    lines.add(
        "relay errors: %d   wrong-person: %d   stale: %d"
            .formatted(errors(), wrongPerson(), stale()));
    return lines;
  }

  /**
   * Each relay's cache hits apart: in an A/B run (ops/bench/relay's relay2 options) the two relays'
   * latencies under the same load at the same time.
   */
  private String cacheHitsByRelayLine() {
    StringBuilder line = new StringBuilder("relay cache-hit p50/p99 ms by relay:");
    new TreeMap<>(cacheHitsByRelay)
        .forEach(
            (relay, hits) ->
                line.append(
                    "   relay%d %s/%s (%d)"
                        .formatted(
                            relay + 1,
                            ms(hits.percentileMs(50)),
                            ms(hits.percentileMs(99)),
                            hits.count())));
    return line.toString();
  }

  /**
   * The cache hits of the types whose certificates the existing system made apart from the rest's
   * (issue 25: the cache-hit target holds for such bodies too).
   */
  public String cacheHitsBySourceLine(Set<String> existingSystemTypes) {
    List<Latencies> existing = new ArrayList<>();
    List<Latencies> rendered = new ArrayList<>();
    cacheHitsByType.forEach(
        (type, hits) -> (existingSystemTypes.contains(type) ? existing : rendered).add(hits));
    Latencies ours = Latencies.of(rendered);
    Latencies theirs = Latencies.of(existing);
    return "relay cache-hit p50/p99 ms by source: rendered %s/%s (%d)   existing system %s/%s (%d)"
        .formatted(
            ms(ours.percentileMs(50)),
            ms(ours.percentileMs(99)),
            ours.count(),
            ms(theirs.percentileMs(50)),
            ms(theirs.percentileMs(99)),
            theirs.count());
  }

  private List<String> warmUpLines() {
    List<String> lines = new ArrayList<>();
    lines.add(
        ("load: warm-up, not counted: %d certificates checked, %d errors, %d wrong-person,"
                    + " %d stale, %d changes")
                .formatted(issued.get(), errors(), wrongPerson(), stale(), changes)
            + (failedChanges > 0 ? " (%d changes failed)".formatted(failedChanges) : ""));
    problems.forEach((problem, n) -> lines.add("load: warm-up " + problem + " × " + n));
    return lines;
  }

  private static String ms(double value) {
    return String.format(java.util.Locale.ROOT, "%.1f", value);
  }
}

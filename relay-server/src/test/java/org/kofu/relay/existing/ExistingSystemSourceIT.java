package org.kofu.relay.existing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kofu.relay.existing.ExistingSystemNodes.EXISTING;
import static org.kofu.relay.existing.ExistingSystemNodes.bumpSeal;
import static org.kofu.relay.existing.ExistingSystemNodes.cacheBody;
import static org.kofu.relay.existing.ExistingSystemNodes.issue;
import static org.kofu.relay.existing.ExistingSystemNodes.loggedSource;
import static org.kofu.relay.existing.ExistingSystemNodes.person;
import static org.kofu.relay.existing.ExistingSystemNodes.text;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kofu.cache.contract.CertificateCache;
import org.kofu.core.existing.ForeignBodyCodec;
import org.kofu.relay.support.RelayNode;
import org.kofu.relay.support.TestExistingSystem.Mode;
import org.kofu.relay.support.TestLegacy;

/**
 * 印鑑登録証明書 from the existing system (kofu.certificate.sources.INKAN=EXISTING_SYSTEM) through the
 * relay's HTTP endpoint: a fresh cached body stamped here, else the certificate the existing system
 * finishes on demand with the number the relay drew, checked against the rows now; the rules,
 * freshness and idempotency as for rendered bodies; never a body the check refuses.
 */
class ExistingSystemSourceIT {

  private static final String DATE = "令和8年11月25日";

  private static RelayNode relay;

  @BeforeAll
  static void start() {
    relay = ExistingSystemNodes.start(4, false);
  }

  @AfterAll
  static void stop() {
    if (relay != null) {
      relay.close();
    }
  }

  @AfterEach
  void behave() {
    awaitNoRefillWaiting();
    EXISTING.set(Mode.NONE);
    ExistingSystemNodes.use(relay);
  }

  private static String requestId() {
    return "es-" + UUID.randomUUID().toString().substring(0, 12);
  }

  @Test
  void withoutACachedBodyTheExistingSystemFinishesItWithTheNumberTheRelayDrew() throws Exception {
    String person = person(0);
    String requestId = requestId();
    int calls = EXISTING.certificateCalls();

    HttpResponse<byte[]> answer = issue(relay, requestId, person);

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("X-Source")).hasValue("ON_DEMAND");
    String number = answer.headers().firstValue("X-Certificate-Number").orElseThrow();
    assertThat(text(answer.body()))
        .contains("既存システム作成", "宛名番号 " + TestLegacy.atenaNo(person), number, DATE);
    assertThat(EXISTING.certificateCalls()).isEqualTo(calls + 1);
    assertThat(loggedSource(relay, requestId)).isEqualTo("ES_DEMAND");
  }

  @Test
  void aFreshCachedBodyIsStampedWithTheDateAndNumberWithoutCallingTheExistingSystem()
      throws Exception {
    String person = person(1);
    cacheBody(relay, person);
    int calls = EXISTING.certificateCalls();
    String requestId = requestId();

    HttpResponse<byte[]> answer = issue(relay, requestId, person);

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("X-Source")).hasValue("CACHE");
    String number = answer.headers().firstValue("X-Certificate-Number").orElseThrow();
    assertThat(text(answer.body()))
        .contains("既存システム作成", "宛名番号 " + TestLegacy.atenaNo(person), number, DATE);
    assertThat(EXISTING.certificateCalls()).isEqualTo(calls);
    assertThat(loggedSource(relay, requestId)).isEqualTo("ES_CACHE");
  }

  @Test
  void aChangeCommittedJustBeforeTheRequestIsNeverAnsweredWithTheCachedBody() throws Exception {
    String person = person(2);
    cacheBody(relay, person);
    bumpSeal(person);
    int calls = EXISTING.certificateCalls();

    HttpResponse<byte[]> answer = issue(relay, requestId(), person);

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("X-Source")).hasValue("ON_DEMAND");
    assertThat(EXISTING.certificateCalls()).isEqualTo(calls + 1);
  }

  @Test
  void anExistingSystemAnsweringTheVersionsBeforeTheChangeIsRefused() throws Exception {
    String person = person(3);
    EXISTING.set(Mode.STALE);

    assertUnavailable(issue(relay, requestId(), person));
  }

  @Test
  void anExistingSystemDownAnsweringGarbageOrAnotherSubjectsBodyGivesA503NeverTheBody()
      throws Exception {
    String person = person(4);
    for (Mode mode : new Mode[] {Mode.ERROR, Mode.GARBAGE, Mode.OTHER_SUBJECT}) {
      EXISTING.set(mode);
      String requestId = requestId();

      HttpResponse<byte[]> answer = issue(relay, requestId, person);

      assertUnavailable(answer);
      assertThat(loggedSource(relay, requestId)).as(mode.name()).isEqualTo("ES_DEMAND");
    }
  }

  @Test
  void aSlowExistingSystemGetsADeadlineWithinTheBudgetAndTheRequestA503InTime() throws Exception {
    String person = person(5);
    EXISTING.set(Mode.SLOW);
    ExistingSystemNodes.use(relay);
    long start = System.nanoTime();

    HttpResponse<byte[]> answer = issue(relay, requestId(), person);

    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertUnavailable(answer);
    assertThat(took).isLessThan(ExistingSystemNodes.BUDGET.plusMillis(800));
    Duration given = EXISTING.deadlinesGiven().get(EXISTING.deadlinesGiven().size() - 1);
    assertThat(given).isLessThanOrEqualTo(ExistingSystemNodes.BUDGET).isPositive();
  }

  @Test
  void aRestrictedPersonIsRefusedBeforeTheExistingSystemIsAsked() throws Exception {
    String person = person(6);
    cacheBody(relay, person);
    TestLegacy.restrict(TestLegacy.atenaNo(person));
    int calls = EXISTING.certificateCalls();

    HttpResponse<byte[]> answer = issue(relay, requestId(), person);

    assertThat(answer.statusCode()).isEqualTo(422);
    assertThat(new String(answer.body(), StandardCharsets.UTF_8))
        .contains("ISSUANCE_RESTRICTED")
        .doesNotContain("%PDF");
    assertThat(EXISTING.certificateCalls()).isEqualTo(calls);
  }

  @Test
  void aRepeatGetsTheSameBytesFromTheCacheAndOnDemandEvenWhenTheSystemIsDownSince()
      throws Exception {
    String cachedPerson = person(7);
    cacheBody(relay, cachedPerson);
    String fromCache = requestId();
    HttpResponse<byte[]> first = issue(relay, fromCache, cachedPerson);
    String onDemand = requestId();
    HttpResponse<byte[]> firstOnDemand = issue(relay, onDemand, person(8));
    assertThat(first.headers().firstValue("X-Source")).hasValue("CACHE");
    assertThat(firstOnDemand.headers().firstValue("X-Source")).hasValue("ON_DEMAND");
    EXISTING.set(Mode.ERROR);
    int calls = EXISTING.certificateCalls();

    HttpResponse<byte[]> again = issue(relay, fromCache, cachedPerson);
    HttpResponse<byte[]> againOnDemand = issue(relay, onDemand, person(8));

    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(again.headers().firstValue("X-Certificate-Number"))
        .isEqualTo(first.headers().firstValue("X-Certificate-Number"));
    assertThat(againOnDemand.statusCode()).isEqualTo(200);
    assertThat(againOnDemand.body()).isEqualTo(firstOnDemand.body());
    assertThat(EXISTING.certificateCalls()).isEqualTo(calls);
  }

  @Test
  void afterAnOnDemandCertificateItsBodyIsFetchedSoTheNextIsStampedFromTheCache() throws Exception {
    String person = person(9);
    awaitNoRefillWaiting();
    int calls = EXISTING.certificateCalls();
    int bodies = EXISTING.bodyCalls();

    HttpResponse<byte[]> first = issue(relay, requestId(), person);
    Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> cachedForeignBody(person));
    HttpResponse<byte[]> next = issue(relay, requestId(), person);

    assertThat(first.headers().firstValue("X-Source")).hasValue("ON_DEMAND");
    assertThat(next.statusCode()).isEqualTo(200);
    assertThat(next.headers().firstValue("X-Source")).hasValue("CACHE");
    String number = next.headers().firstValue("X-Certificate-Number").orElseThrow();
    assertThat(number).isNotEqualTo(first.headers().firstValue("X-Certificate-Number").get());
    assertThat(text(next.body()))
        .contains("既存システム作成", "宛名番号 " + TestLegacy.atenaNo(person) + "\n", number, DATE);
    assertThat(EXISTING.certificateCalls()).isEqualTo(calls + 1);
    assertThat(EXISTING.bodyCalls()).isEqualTo(bodies + 1);
  }

  @Test
  void aBodyFetchedAfterThatIsStaleAnotherSubjectsGarbageOrMissingIsNeverCached() throws Exception {
    String person = person(10);
    Map<Mode, String> outcomes =
        Map.of(
            Mode.STALE, "REFUSED",
            Mode.OTHER_SUBJECT, "REFUSED",
            Mode.GARBAGE, "REFUSED",
            Mode.ERROR, "UNAVAILABLE");
    for (Map.Entry<Mode, String> e : outcomes.entrySet()) {
      awaitNoRefillWaiting();
      EXISTING.setBodies(e.getKey());
      double before = refills(e.getValue());
      int calls = EXISTING.certificateCalls();

      HttpResponse<byte[]> answer = issue(relay, requestId(), person);
      awaitRefills(e.getValue(), before + 1);

      assertThat(answer.statusCode()).as(e.getKey().name()).isEqualTo(200);
      assertThat(answer.headers().firstValue("X-Source")).hasValue("ON_DEMAND");
      assertThat(EXISTING.certificateCalls()).isEqualTo(calls + 1);
      assertThat(cachedForeignBody(person)).as(e.getKey().name()).isFalse();
    }
    awaitNoRefillWaiting();
    EXISTING.setBodies(Mode.NONE);
    HttpResponse<byte[]> stillOnDemand = issue(relay, requestId(), person);
    Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> cachedForeignBody(person));

    assertThat(stillOnDemand.headers().firstValue("X-Source")).hasValue("ON_DEMAND");
    assertThat(issue(relay, requestId(), person).headers().firstValue("X-Source"))
        .hasValue("CACHE");
  }

  @Test
  void twoRelaysAtOnceNeverExchangeBodiesAndNeverRepeatANumber() throws Exception {
    List<String> people = IntStream.range(14, 20).mapToObj(ExistingSystemNodes::person).toList();
    for (int i = 0; i < people.size(); i += 2) {
      cacheBody(relay, people.get(i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try (RelayNode second = ExistingSystemNodes.start(5, false)) {
      List<Future<Map.Entry<String, HttpResponse<byte[]>>>> answers = new ArrayList<>();
      for (int round = 0; round < 2; round++) {
        for (int i = 0; i < people.size(); i++) {
          String person = people.get(i);
          RelayNode node = (i + round) % 2 == 0 ? relay : second;
          answers.add(pool.submit(() -> Map.entry(person, issue(node, requestId(), person))));
        }
      }
      Set<String> numbers = new HashSet<>();
      Set<String> sources = new HashSet<>();
      for (Future<Map.Entry<String, HttpResponse<byte[]>>> f : answers) {
        String person = f.get().getKey();
        HttpResponse<byte[]> answer = f.get().getValue();
        assertThat(answer.statusCode()).isEqualTo(200);
        String number = answer.headers().firstValue("X-Certificate-Number").orElseThrow();
        assertThat(numbers.add(number)).as(number).isTrue();
        sources.add(answer.headers().firstValue("X-Source").orElseThrow());
        assertThat(text(answer.body()))
            .contains("宛名番号 " + TestLegacy.atenaNo(person) + "\n", number);
      }
      assertThat(sources).containsExactlyInAnyOrder("CACHE", "ON_DEMAND");
    } finally {
      pool.shutdownNow();
    }
  }

  private static double refills(String outcome) {
    var counter =
        relay
            .context()
            .getBean(MeterRegistry.class)
            .find("kofu.relay.existing.refills")
            .tag("outcome", outcome)
            .counter();
    return counter == null ? 0 : counter.count();
  }

  private static void awaitNoRefillWaiting() {
    MeterRegistry registry = relay.context().getBean(MeterRegistry.class);
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> registry.get("kofu.relay.existing.refills.waiting").gauge().value() == 0);
  }

  private static boolean cachedForeignBody(String person) {
    return relay
        .context()
        .getBean(CertificateCache.class)
        .get(ExistingSystemNodes.inkan(person))
        .filter(c -> ForeignBodyCodec.isForeign(c.payload()))
        .isPresent();
  }

  private static void awaitRefills(String outcome, double atLeast) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> refills(outcome), n -> n >= atLeast);
  }

  private static void assertUnavailable(HttpResponse<byte[]> answer) {
    assertThat(answer.statusCode()).isEqualTo(503);
    assertThat(answer.headers().firstValue("Retry-After")).isPresent();
    assertThat(answer.headers().firstValue("X-Certificate-Number")).isEmpty();
    assertThat(new String(answer.body(), StandardCharsets.UTF_8))
        .contains("SOURCE_UNAVAILABLE")
        .doesNotContain("%PDF");
  }
}

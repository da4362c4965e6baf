package org.kofu.relay.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kofu.core.certificate.CertificateType;
import org.kofu.kiosk.cli.RelayClient;
import org.kofu.relay.support.LegacyOnPostgres;
import org.kofu.relay.support.ProtectedMember;
import org.kofu.relay.support.RelayNode;
import org.kofu.relay.support.RelayOnPostgres;
import org.kofu.relay.support.Requests;
import org.kofu.relay.support.TestFamily;
import org.kofu.relay.support.TimedLoad;
import org.kofu.relay.support.TimedLoad.Sent;
import org.kofu.relay.support.TypeAndScope;
import org.kofu.testsupport.ScratchPostgres;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 21 as filed, on PostgreSQL (the existing systems with the shared DDL's triggers, the
 * project database too): the husband's 附票 {@code scope=ALL} made and cached, then 支援措置 of his wife
 * recorded — by the 住所地 or only by the 本籍地 for a daughter living elsewhere — and the next request
 * is refused, never served from the cache; the protected person's own menu lists every type as
 * restricted. Then the whole rule of docs/operating-rules.md: every type and scope with a protected
 * member, the protected person's own certificates, the days a restriction is in force on the
 * relay's clock, and a restriction committed while requests are being served. Each case has a
 * family of its own ({@link TestFamily}: A and his son D in household 1, his wife B in household 2,
 * their daughter C in the register but living elsewhere).
 */
class RestrictionsOnPostgresIT {

  private static final String CERTIFICATES = "/jlis/v1/certificates";
  private static final String ALL = "{\"scope\":\"ALL\"}";
  private static final String HOUSEHOLD = "{\"scope\":\"HOUSEHOLD\"}";

  private static final AtomicInteger FAMILIES = new AtomicInteger(10);
  private static final AtomicInteger REQUESTS = new AtomicInteger();

  private static ScratchPostgres legacy;
  private static ScratchPostgres project;
  private static RelayNode relay;
  private static JdbcTemplate jdbc;
  private static RelayClient client;

  @BeforeAll
  static void start() throws Exception {
    legacy = LegacyOnPostgres.create(40, 12025L);
    project = ScratchPostgres.create();
    jdbc = new JdbcTemplate(legacy.dataSource());
    Map<String, String> properties = RelayOnPostgres.nodeProperties(project, "kofu-relay-pg-dv");
    properties.putAll(LegacyOnPostgres.properties(legacy));
    relay = RelayNode.start(8, properties);
    client = new RelayClient(relay.url(), null);
  }

  @AfterAll
  static void stop() throws Exception {
    if (relay != null) {
      relay.close();
    }
    if (project != null) {
      project.close();
    }
    if (legacy != null) {
      legacy.close();
    }
  }

  private static HttpResponse<byte[]> issue(String code, String type, String options)
      throws Exception {
    return client.post(
        CERTIFICATES,
        Requests.certificate(
            "pg-" + REQUESTS.incrementAndGet() + "-" + System.nanoTime(), code, type, options));
  }

  private static TestFamily family() {
    return TestFamily.create(jdbc, FAMILIES.getAndIncrement());
  }

  private static void assertIssued(HttpResponse<byte[]> response) {
    assertThat(response.statusCode())
        .as(new String(response.body(), StandardCharsets.UTF_8))
        .isEqualTo(200);
  }

  private static void assertRestricted(HttpResponse<byte[]> response) {
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(new String(response.body(), StandardCharsets.UTF_8))
        .contains("\"cause\":\"ISSUANCE_RESTRICTED\"");
  }

  private static void cache(String code, String type, String options) throws Exception {
    assertThat(issue(code, type, options).statusCode()).isEqualTo(200);
    HttpResponse<byte[]> second = issue(code, type, options);
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(second.headers().firstValue("X-Source")).contains("CACHE");
  }

  @Test
  void aFuhyoOfTheWholeRegisterCachedBeforeTheWifesSupportMeasureIsNeverServed() throws Exception {
    TestFamily f = TestFamily.create(jdbc, 1);
    cache(f.code(f.a), "KOSEKI_FUHYO", ALL);

    f.protectHere(f.b);

    assertRestricted(issue(f.code(f.a), "KOSEKI_FUHYO", ALL));
    assertRestricted(issue(f.code(f.b), "JUMINHYO", "{}"));
    assertThat(issue(f.code(f.a), "KOSEKI_FUHYO", "{}").statusCode()).isEqualTo(200);
  }

  @Test
  void aMemberLivingElsewhereKnownOnlyToTheRegisterRefusesTheWholeRegistersFuhyo()
      throws Exception {
    TestFamily f = TestFamily.create(jdbc, 2);
    cache(f.code(f.a), "KOSEKI_FUHYO", ALL);
    cache(f.code(f.a), "JUMINHYO", "{\"scope\":\"HOUSEHOLD\"}");

    f.protectOnTheRegister(TestFamily.C_NO);
    f.protectOnTheRegister(TestFamily.D_NO);

    assertRestricted(issue(f.code(f.a), "KOSEKI_FUHYO", ALL));
    assertRestricted(issue(f.code(f.a), "JUMINHYO", "{\"scope\":\"HOUSEHOLD\"}"));
    assertRestricted(issue(f.code(f.d), "SHOTOKU_KAZEI", "{}"));
  }

  @Test
  void theProtectedPersonsMenuListsEveryTypeAsRestricted() throws Exception {
    TestFamily f = TestFamily.create(jdbc, 3);
    f.protectOnTheRegister(TestFamily.B_NO);

    String menu =
        new String(
            client
                .post("/jlis/v1/menu", Requests.menu("pg-menu-" + System.nanoTime(), f.code(f.b)))
                .body(),
            StandardCharsets.UTF_8);

    assertThat(menu).contains("\"available\":[]").doesNotContain("\"reason\":\"NO_");
    assertThat(menu.split("ISSUANCE_RESTRICTED", -1)).hasSize(CertificateType.values().length + 1);
  }

  static Stream<Arguments> typesAndScopesWithAProtectedMember() {
    return Stream.of(ProtectedMember.values())
        .flatMap(p -> TypeAndScope.EVERY.stream().map(ts -> Arguments.of(ts, p)));
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("typesAndScopesWithAProtectedMember")
  void aCertificateIsRefusedExactlyWhenItWouldPrintTheProtectedMembersAddress(
      TypeAndScope certificate, ProtectedMember member) throws Exception {
    TestFamily f = family();
    String father = f.code(f.a);
    assertIssued(issue(father, certificate.type(), certificate.options()));

    member.protect(f);

    if (member.printedBy(certificate.scope())) {
      assertRestricted(issue(father, certificate.type(), certificate.options()));
    } else {
      assertIssued(issue(father, certificate.type(), certificate.options()));
    }
  }

  static Stream<Arguments> typesAndScopesOfAProtectedPerson() {
    return Stream.of(true, false)
        .flatMap(here -> TypeAndScope.EVERY.stream().map(ts -> Arguments.of(ts, here)));
  }

  @ParameterizedTest(name = "{0}, protected by the residence: {1}")
  @MethodSource("typesAndScopesOfAProtectedPerson")
  void everyCertificateOfTheProtectedPersonThemselfIsRefused(
      TypeAndScope certificate, boolean byTheResidence) throws Exception {
    TestFamily f = family();
    assertIssued(issue(f.code(f.a), certificate.type(), certificate.options()));

    if (byTheResidence) {
      f.protectHere(f.a);
    } else {
      f.protectOnTheRegister(TestFamily.A_NO);
    }

    assertRestricted(issue(f.code(f.a), certificate.type(), certificate.options()));
  }

  @ParameterizedTest(name = "protected by the residence: {0}")
  @ValueSource(booleans = {true, false})
  void aJuminhyoNamingAProtectedHouseholderIsRefusedWithoutTheNameItIsIssued(boolean byTheResidence)
      throws Exception {
    TestFamily f = family();
    String son = f.code(f.d);
    List<String> types = List.of("JUMINHYO", "JUMINHYO_KISAI");
    for (String type : types) {
      assertIssued(issue(son, type, "{}"));
    }

    if (byTheResidence) {
      f.protectHere(f.a);
    } else {
      f.protectOnTheRegister(TestFamily.A_NO);
    }

    for (String type : types) {
      assertRestricted(issue(son, type, "{}"));
      assertIssued(issue(son, type, "{\"householder\":false}"));
    }
  }

  /** Days relative to the relay's own day (its injected clock, not the real date). */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "ended yesterday, -365, -1, false",
    "starts tomorrow, 1, , false",
    "starts today, 0, , true",
    "ends today, -365, 0, true"
  })
  void aRestrictionCountsOnlyOnTheDaysItIsInForce(
      String window, int from, Integer to, boolean inForce) throws Exception {
    LocalDate today = LocalDate.now(relay.context().getBean(Clock.class));
    LocalDate validFrom = today.plusDays(from);
    LocalDate validTo = to == null ? null : today.plusDays(to);
    TestFamily here = family();
    TestFamily onRegister = family();
    here.restrictHere(here.a, "DV_SUPPORT", validFrom, validTo);
    onRegister.restrictOnTheRegister(TestFamily.C_NO, "DV_SUPPORT", validFrom, validTo);

    HttpResponse<byte[]> own = issue(here.code(here.a), "JUMINHYO", "{}");
    HttpResponse<byte[]> register = issue(onRegister.code(onRegister.a), "KOSEKI_FUHYO", ALL);

    for (HttpResponse<byte[]> answer : List.of(own, register)) {
      if (inForce) {
        assertRestricted(answer);
      } else {
        assertIssued(answer);
      }
    }
  }

  /**
   * Requests sent after the restriction's commit returned are all refused (a cache or snapshot read
   * before it would serve some); those answered before the commit began were issued; those in
   * flight at the commit may go either way.
   */
  @Test
  void aRestrictionCommittedMidLoadRefusesEveryRequestSentAfterTheCommit() throws Exception {
    TestFamily f = family();
    String father = f.code(f.a);
    String son = f.code(f.d);
    List<TimedLoad.Send> requests =
        List.of(
            () -> issue(father, "JUMINHYO", HOUSEHOLD),
            () -> issue(son, "JUMINHYO", "{}"),
            () -> issue(father, "JUMINHYO_KISAI", HOUSEHOLD),
            () -> issue(son, "KOSEKI_FUHYO", "{}"));
    long committing;
    long committed;
    List<Sent> sent;
    try (TimedLoad load = TimedLoad.start(3, requests)) {
      load.runFor(2_500, s -> indexes(s.stream()).containsAll(EVERY_REQUEST));
      committing = System.nanoTime();
      f.protectHere(f.d);
      committed = System.nanoTime();
      load.runFor(
          2_500,
          s -> indexes(s.stream().filter(a -> a.sentAt() > committed)).containsAll(EVERY_REQUEST));
      sent = load.stop();
    }

    List<Sent> before = sent.stream().filter(s -> s.answeredAt() < committing).toList();
    List<Sent> after = sent.stream().filter(s -> s.sentAt() > committed).toList();
    assertThat(before).isNotEmpty().allSatisfy(s -> assertThat(s.status()).isEqualTo(200));
    assertThat(indexes(before.stream())).containsAll(EVERY_REQUEST);
    assertThat(after)
        .as("%d sent after the commit, %d answered before it", after.size(), before.size())
        .isNotEmpty()
        .allSatisfy(
            s -> {
              assertThat(s.status()).as("request %d", s.index()).isEqualTo(422);
              assertThat(s.body()).contains("\"cause\":\"ISSUANCE_RESTRICTED\"");
            });
    assertThat(indexes(after.stream())).containsAll(EVERY_REQUEST);
  }

  private static final List<Integer> EVERY_REQUEST = List.of(0, 1, 2, 3);

  private static Set<Integer> indexes(Stream<Sent> answers) {
    return answers.map(Sent::index).collect(Collectors.toSet());
  }
}

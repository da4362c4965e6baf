package org.kofu.relay.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kofu.demodata.generate.DemoDataGenerator;
import org.kofu.demodata.generate.GeneratorSettings;
import org.kofu.demodata.load.DemoDataLoader;
import org.kofu.demodata.testdb.ScratchPostgres;
import org.kofu.relay.kiosk.cli.RelayClient;
import org.kofu.relay.support.RelayNode;
import org.kofu.relay.support.RelayTestContext;
import org.kofu.relay.support.Requests;
import org.kofu.relay.support.TestFamily;
import org.kofu.relay.support.TestLegacy;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 21 as filed, on PostgreSQL (the existing systems with the shared DDL's triggers, the
 * project database too): the husband's 附票 {@code scope=ALL} made and cached, then 支援措置 of his wife
 * recorded — by the 住所地 or only by the 本籍地 for a daughter living elsewhere — and the next request
 * is refused, never served from the cache; the protected person's own menu lists every type as
 * restricted.
 */
class RestrictionsOnPostgresIT {

  private static final String CERTIFICATES = "/jlis/v1/certificates";
  private static final String ALL = "{\"scope\":\"ALL\"}";

  private static ScratchPostgres legacy;
  private static ScratchPostgres project;
  private static RelayNode relay;
  private static JdbcTemplate jdbc;
  private static RelayClient client;

  @BeforeAll
  static void start() throws Exception {
    legacy = ScratchPostgres.create();
    project = ScratchPostgres.create();
    DemoDataLoader.of(legacy.dataSource())
        .load(
            legacy.dataSource(),
            new DemoDataGenerator(new GeneratorSettings(40, 12025L, TestLegacy.TODAY)),
            false);
    jdbc = new JdbcTemplate(legacy.dataSource());
    int cachePort = RelayTestContext.freePort();
    Map<String, String> properties = new HashMap<>();
    properties.put("spring.datasource.url", project.url());
    properties.put("spring.datasource.username", project.user());
    for (String source : List.of("madoguchi", "koseki")) {
      properties.put("kofu.legacy." + source + ".url", legacy.url());
      properties.put("kofu.legacy." + source + ".username", legacy.user());
    }
    properties.put("kofu.cache.member.cluster-name", "kofu-relay-pg-dv-" + System.nanoTime());
    properties.put("kofu.cache.member.port", Integer.toString(cachePort));
    properties.put("kofu.cache.member.members", "127.0.0.1:" + cachePort);
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
        CERTIFICATES, Requests.certificate("pg-" + System.nanoTime(), code, type, options));
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
    assertThat(menu.split("ISSUANCE_RESTRICTED", -1)).hasSize(8);
  }
}

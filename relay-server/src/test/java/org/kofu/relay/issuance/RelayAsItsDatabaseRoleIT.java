package org.kofu.relay.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kofu.relay.RelayApplication;
import org.kofu.relay.log.IssuanceLog;
import org.kofu.relay.support.RelayTestContext;
import org.kofu.relay.support.Requests;
import org.kofu.relay.support.TestLegacy;
import org.kofu.testsupport.MutableClock;
import org.kofu.testsupport.ScratchPostgres;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The relay connected as kofu_relay to a project database owned by kofu_migrate, with
 * ops/deploy/project-db/grants.sql applied after the migration (issue 23 point 5): everything the
 * relay does on a request works with only those grants.
 */
class RelayAsItsDatabaseRoleIT {

  private static final Path GRANTS = Path.of("../ops/deploy/project-db/grants.sql");

  @TempDir static Path callbacks;
  private static ScratchPostgres postgres;
  private static ConfigurableApplicationContext relay;
  private static MockMvc mvc;

  @BeforeAll
  static void start() throws Exception {
    postgres = ScratchPostgres.create();
    for (String role : List.of("kofu_migrate", "kofu_relay", "kofu_batch", "kofu_admin")) {
      superuser(
          "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '"
              + role
              + "') THEN CREATE ROLE "
              + role
              + " LOGIN; END IF; END $$");
    }
    String database = postgres.url().replaceAll(".*/([^/?]+).*", "$1");
    superuser("ALTER DATABASE " + database + " OWNER TO kofu_migrate");
    Files.copy(GRANTS, callbacks.resolve("afterMigrate.sql"));
    Map<String, String> p = RelayTestContext.properties(4);
    p.put("spring.datasource.url", postgres.url());
    p.put("spring.datasource.username", "kofu_relay");
    p.put("spring.flyway.user", "kofu_migrate");
    p.put("spring.flyway.password", "");
    p.put(
        "spring.flyway.locations",
        "classpath:db/project,classpath:db/project-{vendor},filesystem:" + callbacks);
    p.put("kofu.cache.member.cluster-name", "kofu-relay-role-" + System.nanoTime());
    p.put("kofu.cache.member.members", "127.0.0.1:" + p.get("kofu.cache.member.port"));
    List<String> args = new ArrayList<>();
    p.forEach((k, v) -> args.add("--" + k + "=" + v));
    Clock fixed = Clock.fixed(MutableClock.START, RelayTestContext.TOKYO);
    relay =
        new SpringApplicationBuilder(RelayApplication.class)
            .web(WebApplicationType.SERVLET)
            .initializers(
                ctx ->
                    ((GenericApplicationContext) ctx)
                        .registerBean(
                            "testClock", Clock.class, () -> fixed, bd -> bd.setPrimary(true)))
            .run(args.toArray(String[]::new));
    mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) relay).build();
  }

  @AfterAll
  static void stop() throws Exception {
    if (relay != null) {
      relay.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void issuesRepeatsRecordsResultsChainsAndReceivesRegistrationsAsKofuRelay() throws Exception {
    JdbcTemplate jdbc = relay.getBean(JdbcTemplate.class);
    assertThat(jdbc.queryForObject("SELECT current_user", String.class)).isEqualTo("kofu_relay");

    String requestId = "role-" + System.nanoTime();
    String body = Requests.certificate(requestId, TestLegacy.issuableAdults().get(19), "JUMINHYO");
    MockHttpServletResponse first = send("/jlis/v1/certificates", body);
    MockHttpServletResponse repeat = send("/jlis/v1/certificates", body);
    assertThat(first.getStatus()).isEqualTo(200);
    assertThat(repeat.getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());
    assertThat(
            send("/jlis/v1/certificates/" + requestId + "/result", Requests.result("PRINTED"))
                .getStatus())
        .isEqualTo(204);
    IssuanceLog log = relay.getBean(IssuanceLog.class);
    log.chainPending();
    assertThat(log.verify().intact()).isTrue();

    MockHttpServletResponse registration =
        send("/jlis/v1/registrations", application("role-reg-" + System.nanoTime()));
    assertThat(registration.getStatus()).isEqualTo(202);
  }

  private static String application(String requestId) {
    return """
        {"requestId":"%s","municipalityCode":"012025","juminhyoCode":"88888888801",
         "name":"試験　太郎","nameKana":"シケン　タロウ","birthDate":"1980-01-01",
         "honseki":"北海道函館市東雲町4番地","hittosha":"試験　一郎",
         "requestedAt":"2026-11-25T10:00:00+09:00"}"""
        .formatted(requestId);
  }

  private static MockHttpServletResponse send(String path, String body) throws Exception {
    return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body))
        .andReturn()
        .getResponse();
  }

  private static void superuser(String sql) throws SQLException {
    String url = System.getProperty("kofu.test.pg.url", ScratchPostgres.DEFAULT_URL);
    String user = System.getProperty("kofu.test.pg.user", ScratchPostgres.DEFAULT_USER);
    try (Connection connection = DriverManager.getConnection(url, user, "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}

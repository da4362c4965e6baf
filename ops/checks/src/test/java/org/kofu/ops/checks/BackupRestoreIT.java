package org.kofu.ops.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kofu.projectdb.chain.ChainTable;
import org.kofu.projectdb.chain.ChainVerification;
import org.kofu.projectdb.chain.HashChain;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * ops/backup/kofu-backup dumps a project database holding chained issuance and audit records
 * (pg_dump, custom format); ops/backup/kofu-restore restores it into another database (pg_restore);
 * both chains verify there, link for link, and an alteration after the restore is still found.
 */
class BackupRestoreIT {

  private static final String ADMIN_URL = System.getProperty("kofu.test.pg.url");
  private static final String USER = System.getProperty("kofu.test.pg.user", "postgres");

  private final List<String> databases = new ArrayList<>();
  private final List<SingleConnectionDataSource> dataSources = new ArrayList<>();
  @TempDir Path backups;

  @AfterEach
  void dropDatabases() throws SQLException {
    dataSources.forEach(SingleConnectionDataSource::destroy);
    for (String name : databases) {
      admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }

  @Test
  void aRestoredDumpKeepsBothChainsIntact() throws Exception {
    String source = createDatabase();
    SingleConnectionDataSource sourceDb = dataSource(source);
    Flyway.configure()
        .dataSource(sourceDb)
        .locations("classpath:db/project", "classpath:db/project-postgresql")
        .load()
        .migrate();
    HashChain chain = new HashChain(sourceDb);
    Instant at = Instant.parse("2026-11-26T00:30:00.123456Z");
    for (int i = 0; i < 40; i++) {
      chain.append(
          ChainTable.AUDIT,
          List.of(at.plusSeconds(i), "officer", "VIEW", "発行ログ " + i, "10.10.5." + (i % 9)));
      chain.append(
          ChainTable.ISSUANCE,
          List.of(
              at.plusSeconds(i),
              "ISSUE",
              "req-" + i,
              "kiosk-" + (i % 3),
              "A" + (100_000 + i),
              "JUMINHYO",
              "setai=true",
              200,
              "ISSUED",
              "",
              i % 2 == 0 ? "CACHE" : "ON_DEMAND",
              "2026-" + (1000 + i),
              "ab".repeat(32),
              120L + i));
    }
    ChainVerification audit = chain.verify(ChainTable.AUDIT);
    ChainVerification issuance = chain.verify(ChainTable.ISSUANCE);
    assertThat(audit.intact()).isTrue();
    assertThat(issuance.intact()).isTrue();

    String dump = run(Repo.path("ops/backup/kofu-backup").toString(), backups.toString(), source);
    Path dumpFile = Path.of(dump.strip().lines().reduce((a, b) -> b).orElseThrow());
    assertThat(dumpFile).exists();
    assertThat(Files.readAllBytes(dumpFile))
        .startsWith("PGDMP".getBytes(StandardCharsets.US_ASCII));
    assertThat(Files.readString(Path.of(dumpFile.toString().replace(".dump", ".chains"))))
        .contains("audit 40 ", "issuance 40 ");

    String target = createDatabase();
    run(Repo.path("ops/backup/kofu-restore").toString(), dumpFile.toString(), target);
    SingleConnectionDataSource targetDb = dataSource(target);
    HashChain restored = new HashChain(targetDb);
    assertThat(restored.verify(ChainTable.AUDIT)).isEqualTo(audit);
    assertThat(restored.verify(ChainTable.ISSUANCE)).isEqualTo(issuance);
    assertThat(restored.verify(ChainTable.ISSUANCE).linksChecked()).isEqualTo(40);
    JdbcTemplate jdbc = new JdbcTemplate(targetDb);
    assertThat(jdbc.queryForObject("SELECT detail FROM audit_log WHERE seq = 8", String.class))
        .isEqualTo("発行ログ 7"); // each chain numbers its own links from 1

    jdbc.update("UPDATE issuance_log SET person_key = 'A999999' WHERE seq = 17");
    assertThat(restored.verify(ChainTable.ISSUANCE).firstBrokenSeq()).isEqualTo(17);
  }

  @Test
  void restoreRefusesADatabaseThatIsNotEmpty() throws Exception {
    String source = createDatabase();
    SingleConnectionDataSource db = dataSource(source);
    Flyway.configure().dataSource(db).locations("classpath:db/project").load().migrate();
    String dump = run(Repo.path("ops/backup/kofu-backup").toString(), backups.toString(), source);
    Path dumpFile = Path.of(dump.strip().lines().reduce((a, b) -> b).orElseThrow());

    Process restore =
        start(Repo.path("ops/backup/kofu-restore").toString(), dumpFile.toString(), source);
    assertThat(restore.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(restore.exitValue()).isEqualTo(2);
  }

  private String createDatabase() throws SQLException {
    String name = "kofu_it_" + UUID.randomUUID().toString().replace("-", "");
    admin("CREATE DATABASE " + name);
    databases.add(name);
    return name;
  }

  private SingleConnectionDataSource dataSource(String name) {
    SingleConnectionDataSource dataSource =
        new SingleConnectionDataSource(urlOf(name), USER, "", true);
    dataSources.add(dataSource);
    return dataSource;
  }

  private static String urlOf(String name) {
    return ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name;
  }

  private static void admin(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static Process start(String... command) throws IOException {
    URI server = URI.create(ADMIN_URL.substring("jdbc:".length()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    env.put("PGHOST", server.getHost());
    env.put("PGPORT", Integer.toString(server.getPort() < 0 ? 5432 : server.getPort()));
    env.put("PGUSER", USER);
    return builder.start();
  }

  private static String run(String... command) throws Exception {
    Process process = start(command);
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
    return output;
  }
}

package org.kofu.projectdb.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.kofu.projectdb.TestDatabases;
import org.kofu.projectdb.cli.VerifyChain;
import org.kofu.testsupport.ScratchPostgres;

/**
 * A big city's audit chain on PostgreSQL: five million links (a link a second from January into
 * late February) verified in full by the command-line verifier in a JVM of 48 MB heap, then a month
 * archived and both checked again, then the periodic check reading only what is new.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChainAtScaleIT {

  private static final long LINKS = Long.getLong("kofu.test.chain.links", 5_000_000);
  private static final Instant FROM = Instant.parse("2025-12-31T15:00:00Z");
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  private static ScratchPostgres postgres;
  @TempDir static Path archives;

  @BeforeAll
  static void fiveMillionLinks() throws Exception {
    postgres = ScratchPostgres.create();
    TestDatabases.migrate(postgres.dataSource());
    ChainBulkLoad.audit(postgres.url(), postgres.user(), "", LINKS, FROM);
  }

  @AfterAll
  static void dropDatabase() throws Exception {
    postgres.close();
  }

  @Test
  @Order(1)
  void theWholeChainVerifiesInASmallHeap() throws Exception {
    Verified run = verifyInSmallHeap();

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output()).contains("chain intact: " + LINKS + " links");
  }

  @Test
  @Order(2)
  void aMonthArchivedLeavesAChainThatStillVerifies() throws Exception {
    Clock april = Clock.fixed(Instant.parse("2026-04-01T00:00:00Z"), ZoneOffset.UTC);
    ChainArchiver archiver = new ChainArchiver(postgres.dataSource(), april, TOKYO);

    List<ChainArchive> written =
        archiver.archiveBefore(ChainTable.AUDIT, YearMonth.of(2026, 2), archives);

    assertThat(written).extracting(ChainArchive::period).containsExactly("2026-01");
    long january = 31L * 24 * 3600 - 1;
    assertThat(written.get(0).linkCount()).isEqualTo(january);
    assertThat(archiver.verifyFiles(ChainTable.AUDIT, archives).linksChecked()).isEqualTo(january);
    Verified run = verifyInSmallHeap();
    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output()).contains("chain intact: " + (LINKS - january) + " links");
  }

  @Test
  @Order(3)
  void thePeriodicCheckReadsOnlyWhatIsNew() {
    HashChain chain = new HashChain(postgres.dataSource());
    for (int i = 0; i < 3; i++) {
      chain.append(ChainTable.AUDIT, List.of(Instant.now(), "officer", "LOGIN", "", "127.0.0.1"));
    }

    ChainVerification check = chain.verifySinceCheckpoint(ChainTable.AUDIT);

    assertThat(check.intact()).isTrue();
    assertThat(check.linksChecked()).isEqualTo(4);
  }

  private static Verified verifyInSmallHeap() throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx48m",
                "-cp",
                System.getProperty("java.class.path"),
                VerifyChain.class.getName(),
                postgres.url(),
                postgres.user(),
                "audit")
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
    return new Verified(process.exitValue(), output);
  }

  private record Verified(int exitCode, String output) {}
}

package org.kofu.relay.numbering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** Numbers drawn in blocks by several nodes from one project database. */
class CertificateNumbersTests {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

  private static DataSource projectDb(String target) {
    DataSource db =
        new DriverManagerDataSource(
            "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    Flyway.configure()
        .dataSource(db)
        .locations("classpath:db/project")
        .target(target)
        .load()
        .migrate();
    return db;
  }

  /** A node's numbering, as Spring wires it: the project DataSource and its transactions. */
  private static CertificateNumbers numbers(DataSource db) {
    return new CertificateNumbers(
        db, new TransactionTemplate(new DataSourceTransactionManager(db)));
  }

  private static long value(String number) {
    return Long.parseLong(number.substring(number.lastIndexOf('-') + 1));
  }

  @Test
  void twoNodesDrawingTurnAboutNeverShareANumberAndDrawOneBlockPerSixteen() {
    DataSource db = projectDb("latest");
    CertificateNumbers first = numbers(db);
    CertificateNumbers second = numbers(db);
    List<String> drawn = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      drawn.add(first.next("012025", DAY));
      drawn.add(second.next("012025", DAY));
    }

    assertThat(new HashSet<>(drawn)).hasSize(80);
    assertThat(drawn).allMatch(n -> n.matches("012025-261126-\\d{6}"));
    assertThat(value(drawn.get(2))).as("a node's next number").isEqualTo(value(drawn.get(0)) + 1);
    // 40 numbers each: three blocks each
    assertThat(
            new JdbcTemplate(db)
                .queryForObject("SELECT next_value FROM certificate_number_counter", Long.class))
        .isEqualTo(1 + 6L * CertificateNumbers.BLOCK);
  }

  @Test
  void numbersAfterTheUpgradeStartAboveEveryNumberDrawnBefore() {
    DataSource db = projectDb("5.2");
    JdbcTemplate jdbc = new JdbcTemplate(db);
    for (int i = 0; i < 5; i++) {
      jdbc.update("INSERT INTO certificate_number (issued_at) VALUES (CURRENT_TIMESTAMP)");
    }
    long lastBefore = jdbc.queryForObject("SELECT MAX(id) FROM certificate_number", Long.class);
    Flyway.configure().dataSource(db).locations("classpath:db/project").load().migrate();

    Set<Long> after = new HashSet<>();
    CertificateNumbers node = numbers(db);
    for (int i = 0; i < 20; i++) {
      after.add(value(node.next("012025", DAY)));
    }

    assertThat(after).hasSize(20).allMatch(v -> v > lastBefore);
  }

  @Test
  void aDrawStuckInTheDatabaseHoldsUpNoOtherRequestOfTheNode() throws Exception {
    DataSource db = projectDb("latest");
    CountDownLatch stuck = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread testThread = Thread.currentThread();
    DataSource stalling =
        new DelegatingDataSource(db) {
          @Override
          public java.sql.Connection getConnection() throws java.sql.SQLException {
            if (Thread.currentThread() != testThread && stuck.getCount() > 0) {
              stuck.countDown();
              try {
                release.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            }
            return super.getConnection();
          }
        };
    CertificateNumbers node = numbers(stalling);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      // a request whose block draw hangs in the database (the first to find the block used up)
      CompletableFuture<String> hanging =
          CompletableFuture.supplyAsync(() -> node.next("012025", DAY), threads);
      assertThat(stuck.await(5, TimeUnit.SECONDS)).isTrue();

      // every other request of the node still gets its number: no lock waits on that round trip
      Set<String> others =
          CompletableFuture.supplyAsync(
                  () -> {
                    Set<String> drawn = new HashSet<>();
                    for (int i = 0; i < 40; i++) {
                      drawn.add(node.next("012025", DAY));
                    }
                    return drawn;
                  },
                  threads)
              .get(5, TimeUnit.SECONDS);
      assertThat(hanging).isNotDone();
      release.countDown();
      String late = hanging.get(5, TimeUnit.SECONDS);

      assertThat(others).hasSize(40).doesNotContain(late);
    } finally {
      release.countDown();
      threads.shutdownNow();
    }
  }

  @Test
  void manyThreadsOfOneNodeNeverShareANumber() throws Exception {
    DataSource db = projectDb("latest");
    CertificateNumbers node = numbers(db);
    Set<String> drawn = ConcurrentHashMap.newKeySet();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<CompletableFuture<Void>> all = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        all.add(
            CompletableFuture.runAsync(
                () -> {
                  for (int i = 0; i < 500; i++) {
                    drawn.add(node.next("012025", DAY));
                  }
                },
                threads));
      }
      CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
    } finally {
      threads.shutdownNow();
    }

    assertThat(drawn).hasSize(4000);
  }

  @Test
  void theSerialIsTheValuesLastSixDigitsZeroPadded() {
    assertThat(CertificateNumbers.sixDigits(0)).isEqualTo("000000");
    assertThat(CertificateNumbers.sixDigits(42)).isEqualTo("000042");
    assertThat(CertificateNumbers.sixDigits(999_999)).isEqualTo("999999");
    assertThat(CertificateNumbers.sixDigits(1_000_000)).isEqualTo("000000");
    assertThat(CertificateNumbers.sixDigits(12_345_678)).isEqualTo("345678");
  }
}

package org.kofu.projectdb.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.kofu.projectdb.TestDatabases;
import org.kofu.testsupport.ScratchPostgres;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two clerks approve at the same moment on PostgreSQL, each on a connection of its own and in a
 * transaction of its own: one registration is approved, the other clerk is told it was not.
 */
class ConcurrentApprovalsIT {

  private static ScratchPostgres postgres;
  private static DataSource pooled;
  private static final AtomicLong REGISTERS = new AtomicLong(100);

  @BeforeAll
  static void createDatabase() throws Exception {
    postgres = ScratchPostgres.create();
    TestDatabases.migrate(postgres.dataSource());
    pooled = postgres.dataSource();
  }

  @AfterAll
  static void dropDatabase() throws Exception {
    postgres.close();
  }

  @RepeatedTest(3)
  void twoClerksApprovingTheSameApplicationLeaveOneApproval() throws Exception {
    RegistrationRepository repository = new RegistrationRepository(pooled);
    String code = code();
    long id = repository.insertPending(RegistrationRepositoryTests.application(code, code));
    long register = REGISTERS.incrementAndGet();

    List<Boolean> outcomes =
        race(
            () -> repository.approve(id, 0, register, 1, "clerk-a", Instant.now()),
            () -> repository.approve(id, 0, register, 2, "clerk-b", Instant.now()));

    assertThat(outcomes).containsExactlyInAnyOrder(true, false);
    assertThat(repository.approvedFor(code).orElseThrow().version()).isEqualTo(1);
    assertThat(approvedRows(code)).isEqualTo(1);
  }

  @RepeatedTest(3)
  void twoClerksApprovingTwoApplicationsOfOnePersonLeaveOneApproval() throws Exception {
    RegistrationRepository repository = new RegistrationRepository(pooled);
    String code = code();
    long first =
        repository.insertPending(RegistrationRepositoryTests.application(code + "a", code));
    long second =
        repository.insertPending(RegistrationRepositoryTests.application(code + "b", code));
    long register = REGISTERS.incrementAndGet();

    List<Boolean> outcomes =
        race(
            () -> repository.approve(first, 0, register, 1, "clerk-a", Instant.now()),
            () -> repository.approve(second, 0, register, 1, "clerk-b", Instant.now()));

    assertThat(outcomes).containsExactlyInAnyOrder(true, false);
    assertThat(approvedRows(code)).isEqualTo(1);
  }

  private static int approvedRows(String code) {
    return new JdbcTemplate(pooled)
        .queryForObject(
            "SELECT COUNT(*) FROM honseki_registration WHERE juminhyo_code = ?"
                + " AND status = 'APPROVED'",
            Integer.class,
            code);
  }

  /** Both approvals start together, each in its own transaction; a duplicate key is a "no". */
  private static List<Boolean> race(Callable<Boolean> a, Callable<Boolean> b) throws Exception {
    CyclicBarrier start = new CyclicBarrier(2);
    TransactionTemplate transactions =
        new TransactionTemplate(new DataSourceTransactionManager(pooled));
    ExecutorService clerks = Executors.newFixedThreadPool(2);
    try {
      List<Future<Boolean>> futures =
          clerks.invokeAll(
              List.of(a, b).stream()
                  .<Callable<Boolean>>map(
                      approval ->
                          () -> {
                            start.await();
                            try {
                              return transactions.execute(status -> call(approval));
                            } catch (DuplicateKeyException e) {
                              return false;
                            }
                          })
                  .toList());
      return List.of(futures.get(0).get(), futures.get(1).get());
    } finally {
      clerks.shutdownNow();
    }
  }

  private static Boolean call(Callable<Boolean> approval) {
    try {
      return approval.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String code() {
    return Long.toString(10_000_000_000L + System.nanoTime() % 89_999_999_999L);
  }
}

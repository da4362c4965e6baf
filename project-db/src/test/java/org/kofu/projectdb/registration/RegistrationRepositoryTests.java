package org.kofu.projectdb.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kofu.projectdb.TestDatabases;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

class RegistrationRepositoryTests {

  static final Instant REQUESTED = Instant.parse("2026-11-20T00:00:00Z");

  static NewRegistration application(String requestId, String code) {
    return new NewRegistration(
        requestId,
        code,
        "函館 太郎",
        "ハコダテ タロウ",
        LocalDate.of(1980, 4, 1),
        "北海道函館市東雲町4番13号",
        "函館 一郎",
        REQUESTED);
  }

  static void assertApprovalRoundTrips(DataSource dataSource) {
    RegistrationRepository repository = new RegistrationRepository(dataSource);
    long id = repository.insertPending(application("req-round-1", "12345678901"));
    long other = repository.insertPending(application("req-round-2", "99999999999"));
    Instant at = REQUESTED.plusSeconds(60);

    assertThat(repository.byStatus(RegistrationStatus.PENDING))
        .extracting(Registration::id)
        .contains(id, other);
    assertThat(repository.approve(id, 1, 45, 2, "clerk", at)).as("a version not seen").isFalse();
    assertThat(repository.approve(id, 0, 45, 2, "clerk", at)).isTrue();
    assertThat(repository.approve(id, 0, 46, 1, "clerk", at)).as("approved once").isFalse();
    assertThat(repository.reject(other, 0, "本籍が一致しない", "clerk", at)).isTrue();

    Registration approved = repository.approvedFor("12345678901").orElseThrow();
    assertThat(approved.id()).isEqualTo(id);
    assertThat(approved.kosekiId()).isEqualTo(45L);
    assertThat(approved.kojinNo()).isEqualTo(2);
    assertThat(approved.personKey()).isEqualTo("K45-2");
    assertThat(approved.decidedAt()).isEqualTo(at);
    assertThat(approved.version()).isEqualTo(1);
    assertThat(repository.byRequestId("req-round-1").orElseThrow().id()).isEqualTo(id);
    assertThat(repository.find(other).orElseThrow().reason()).isEqualTo("本籍が一致しない");
    assertThat(repository.approvedFor("99999999999")).isEmpty();
    assertThat(repository.approvedIn(List.of(45L, 7L)))
        .extracting(Registration::id)
        .containsExactly(id);
  }

  static void assertSuspensionAndRevocationEndAnApproval(DataSource dataSource) {
    RegistrationRepository repository = new RegistrationRepository(dataSource);
    Instant at = REQUESTED.plusSeconds(60);
    long id = repository.insertPending(application("req-end-1", "12345678902"));
    repository.approve(id, 0, 50, 3, "clerk", at);

    assertThat(repository.suspend(id, "LEFT_REGISTER", "system", at)).isTrue();
    assertThat(repository.suspend(id, "LEFT_REGISTER", "system", at)).isFalse();
    assertThat(repository.approvedFor("12345678902")).isEmpty();
    Registration suspended = repository.find(id).orElseThrow();
    assertThat(suspended.status()).isEqualTo(RegistrationStatus.SUSPENDED);
    assertThat(suspended.endReason()).isEqualTo("LEFT_REGISTER");
    assertThat(suspended.personKey()).as("the person stays recorded").isEqualTo("K50-3");

    assertThat(repository.revoke(id, 1, "本人確認の誤り", "officer", at)).as("stale").isFalse();
    assertThat(repository.revoke(id, 2, "本人確認の誤り", "officer", at)).isTrue();
    assertThat(repository.find(id).orElseThrow().status()).isEqualTo(RegistrationStatus.REVOKED);

    long again = repository.insertPending(application("req-end-2", "12345678902"));
    assertThat(repository.approve(again, 0, 50, 3, "clerk", at))
        .as("the person may be approved again once the old approval ended")
        .isTrue();
  }

  static void assertTheDatabaseKeepsOneApprovalPerCodeAndPerson(DataSource dataSource) {
    RegistrationRepository repository = new RegistrationRepository(dataSource);
    Instant at = REQUESTED.plusSeconds(60);
    long first = repository.insertPending(application("req-one-1", "12345678903"));
    long sameCode = repository.insertPending(application("req-one-2", "12345678903"));
    long samePerson = repository.insertPending(application("req-one-3", "12345678904"));
    repository.approve(first, 0, 60, 1, "clerk", at);

    assertThatThrownBy(() -> repository.approve(sameCode, 0, 61, 1, "clerk", at))
        .isInstanceOf(DuplicateKeyException.class);
    assertThatThrownBy(() -> repository.approve(samePerson, 0, 60, 1, "clerk", at))
        .isInstanceOf(DuplicateKeyException.class);
    assertThatThrownBy(() -> repository.insertPending(application("req-one-1", "12345678905")))
        .as("a requestId is stored once")
        .isInstanceOf(DuplicateKeyException.class);
    assertThatThrownBy(
            () ->
                new JdbcTemplate(dataSource)
                    .update(
                        "UPDATE honseki_registration SET status = 'APPROVED' WHERE id = ?",
                        samePerson))
        .as("an approval without its keys")
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void aPendingRegistrationIsApprovedOnceOnH2() {
    assertApprovalRoundTrips(TestDatabases.h2());
  }

  @Test
  void aSuspendedRegistrationServesNothingAndAClerkRevokesItOnH2() {
    assertSuspensionAndRevocationEndAnApproval(TestDatabases.h2());
  }

  @Test
  void theDatabaseKeepsOneApprovalPerCodeAndPersonOnH2() {
    assertTheDatabaseKeepsOneApprovalPerCodeAndPerson(TestDatabases.h2());
  }
}

package org.kofu.projectdb.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kofu.projectdb.TestDatabases;

class RegistrationRepositoryTests {

  static void assertApprovalRoundTrips(DataSource dataSource) {
    RegistrationRepository repository = new RegistrationRepository(dataSource);
    Instant requested = Instant.parse("2026-11-20T00:00:00Z");
    long id =
        repository.insertPending(
            new NewRegistration(
                "123456789012345",
                "函館 太郎",
                "ハコダテ タロウ",
                LocalDate.of(1980, 4, 1),
                "北海道函館市東雲町4番13号",
                "函館 一郎",
                requested));
    long other =
        repository.insertPending(
            new NewRegistration(
                "999", "五稜 花子", "ゴリョウ ハナコ", LocalDate.of(1990, 1, 2), "x", "y", requested));

    assertThat(repository.byStatus(RegistrationStatus.PENDING)).hasSize(2);
    assertThat(repository.approve(id, "K0001", "1", "clerk", requested.plusSeconds(60))).isTrue();
    assertThat(repository.approve(id, "K0002", "2", "clerk", requested)).isFalse();
    assertThat(repository.reject(other, "本籍が一致しない", "clerk", requested)).isTrue();

    Registration approved = repository.approvedFor("123456789012345").orElseThrow();
    assertThat(approved.kosekiId()).isEqualTo("K0001");
    assertThat(approved.name()).isEqualTo("函館 太郎");
    assertThat(approved.decidedAt()).isEqualTo(requested.plusSeconds(60));
    assertThat(repository.find(other).orElseThrow().reason()).isEqualTo("本籍が一致しない");
    assertThat(repository.approvedFor("999")).isEmpty();
  }

  @Test
  void aPendingRegistrationIsApprovedOnceOnH2() {
    assertApprovalRoundTrips(TestDatabases.h2());
  }
}

package org.kofu.admin.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:kofu-admin-accounts;DB_CLOSE_DELAY=-1",
      "kofu.admin.password.history=2",
      "kofu.admin.password.max-failures=2"
    })
class AccountsTests {

  @Autowired AccountAdministration administration;
  @Autowired FirstOfficer firstOfficer;
  @Autowired PasswordChanges passwords;
  @Autowired LoginAttempts attempts;
  @Autowired AccountRepository accounts;
  @Autowired JdbcTemplate jdbc;

  @Test
  @WithMockUser(username = "chief", roles = "OFFICER")
  void anIssuedAccountHasARandomOneTimePasswordAndALedgerLine() {
    String first = administration.issue("ito", "伊藤", Role.OPERATOR);

    assertThat(first).hasSizeGreaterThanOrEqualTo(16);
    assertThat(accounts.find("ito").orElseThrow().mustChange()).isTrue();
    assertThat(accounts.find("ito").orElseThrow().passwordHash()).startsWith("$argon2id$");
    assertThat(
            jdbc.queryForObject(
                "SELECT actor_login FROM credential_event WHERE subject_login = 'ito'",
                String.class))
        .isEqualTo("chief");
  }

  @Test
  @WithMockUser(username = "clerk", roles = "OPERATOR")
  void onlyTheOfficerIssuesAccounts() {
    assertThatThrownBy(() -> administration.issue("kato", "加藤", Role.OPERATOR))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  @WithMockUser(username = "chief", roles = "OFFICER")
  void thePolicyRefusesShortAndRecentPasswords() {
    String initial = administration.issue("abe", "阿部", Role.AUDITOR);

    assertThatThrownBy(() -> passwords.change("abe", initial, "short"))
        .hasMessage("password.error.length");
    passwords.change("abe", initial, "First-Long-Pass-1");
    passwords.change("abe", "First-Long-Pass-1", "Second-Long-Pass-2");
    assertThatThrownBy(() -> passwords.change("abe", "Second-Long-Pass-2", "First-Long-Pass-1"))
        .hasMessage("password.error.reused");
    assertThatThrownBy(() -> passwords.change("abe", "wrong", "Third-Long-Pass-3"))
        .hasMessage("password.error.current");
  }

  @Test
  @WithMockUser(username = "chief", roles = "OFFICER")
  void failuresLockTheAccountUntilTheOfficerUnlocksIt() {
    administration.issue("mori", "森", Role.OPERATOR);

    attempts.failed("mori", "10.0.0.5");
    attempts.failed("mori", "10.0.0.5");

    assertThat(accounts.find("mori").orElseThrow().locked()).isTrue();
    assertThat(attempts.lockedLogins()).contains("mori");
    administration.unlock("mori");
    assertThat(accounts.find("mori").orElseThrow().locked()).isFalse();
    assertThat(
            jdbc.queryForList(
                "SELECT event FROM credential_event WHERE subject_login = 'mori' ORDER BY id",
                String.class))
        .containsExactly("ISSUED", "LOCKED", "UNLOCKED");
  }

  @Test
  void theFirstOfficerIsCreatedOnceAndNeverAgain() {
    String password = firstOfficer.create("shacho");

    assertThat(password).hasSizeGreaterThanOrEqualTo(16);
    assertThat(accounts.find("shacho").orElseThrow().mustChange()).isTrue();
    assertThatThrownBy(() -> firstOfficer.create("another"))
        .hasMessage("account.error.officer-exists");
  }
}

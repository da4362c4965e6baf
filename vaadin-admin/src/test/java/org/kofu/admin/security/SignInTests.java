package org.kofu.admin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.kofu.admin.account.PasswordChanges;
import org.kofu.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Sign-in through Spring Security's form login: hash upgrade, one-time expiry, address throttle.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:kofu-admin-signin;DB_CLOSE_DELAY=-1",
      "kofu.admin.allowed-networks=127.0.0.0/8,10.0.0.0/8",
      "kofu.admin.password.address-max-failures=3",
      "kofu.admin.password.address-window=10m",
      "kofu.admin.password.address-block=15m"
    })
@AutoConfigureMockMvc
class SignInTests {

  /** Spring Security's v5.8 defaults: 16 MiB, below OWASP's minimum. */
  private static final Argon2PasswordEncoder OLD =
      Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

  @TestConfiguration
  static class Clocks {
    @Bean
    @Primary
    Clock mutableClock() {
      return new MutableClock(Instant.now(), ZoneId.of("Asia/Tokyo"));
    }
  }

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired PasswordEncoder encoder;
  @Autowired PasswordChanges passwords;
  @Autowired Clock clock;

  @Test
  void newHashesUseAtLeastOwaspsMinimumParameters() {
    assertThat(encoder.encode("Some-Password-1")).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
  }

  @Test
  void aHashWithOldParametersIsUpgradedAtSignInAndTheLedgerStillRefusesReuse() throws Exception {
    account("veteran", OLD.encode("Veteran-Pass-1"), false);

    assertThat(signIn("veteran", "Veteran-Pass-1", "10.0.1.1")).isEqualTo("/");

    String stored = hash("veteran");
    assertThat(stored).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    assertThat(encoder.matches("Veteran-Pass-1", stored)).isTrue();
    assertThat(
            jdbc.queryForList(
                "SELECT h.password_hash FROM password_history h JOIN admin_user u"
                    + " ON u.id = h.user_id WHERE u.login = 'veteran'",
                String.class))
        .containsExactly(stored);
    passwords.change("veteran", "Veteran-Pass-1", "Veteran-Pass-2");
    assertThatThrownBy(() -> passwords.change("veteran", "Veteran-Pass-2", "Veteran-Pass-1"))
        .hasMessage("password.error.reused");
  }

  @Test
  void aOneTimePasswordIsRefusedOnceItsValidityHasPassed() throws Exception {
    account("fresh", encoder.encode("OneTime-Pass-77"), true);
    account("stale", encoder.encode("OneTime-Pass-78"), true);
    mutable().advance(Duration.ofHours(23).plusMinutes(59));

    assertThat(signIn("fresh", "OneTime-Pass-77", "10.0.2.1")).isEqualTo("/");
    mutable().advance(Duration.ofMinutes(2));
    assertThat(signIn("stale", "OneTime-Pass-78", "10.0.2.1")).isEqualTo("/login?otp-expired");
    assertThat(signIn("stale", "wrong-password", "10.0.2.1")).isEqualTo("/login?error");
  }

  @Test
  void failuresFromOneAddressBlockItWithoutLockingTheAccounts() throws Exception {
    account("clerk-a", encoder.encode("Clerk-Pass-11"), false);
    account("clerk-b", encoder.encode("Clerk-Pass-12"), false);
    account("clerk-c", encoder.encode("Clerk-Pass-13"), false);
    signIn("clerk-a", "guess-1", "10.0.3.1");
    signIn("clerk-b", "guess-2", "10.0.3.1");
    signIn("clerk-c", "guess-3", "10.0.3.1");

    assertThat(signIn("clerk-a", "Clerk-Pass-11", "10.0.3.1")).isEqualTo("/login?throttled");
    assertThat(signIn("clerk-a", "Clerk-Pass-11", "10.0.3.2")).isEqualTo("/");
    assertThat(jdbc.queryForList("SELECT locked FROM admin_user WHERE login LIKE 'clerk-%'"))
        .allSatisfy(row -> assertThat(row.get("LOCKED")).isEqualTo(false));
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'LOGIN_THROTTLED'", Integer.class))
        .isEqualTo(1);
    mutable().advance(Duration.ofMinutes(16));
    assertThat(signIn("clerk-b", "Clerk-Pass-12", "10.0.3.1")).isEqualTo("/");
  }

  private MutableClock mutable() {
    return (MutableClock) clock;
  }

  private String signIn(String login, String password, String address) throws Exception {
    return mvc.perform(
            post("/login")
                .param("username", login)
                .param("password", password)
                .with(csrf())
                .with(
                    request -> {
                      request.setRemoteAddr(address);
                      return request;
                    }))
        .andReturn()
        .getResponse()
        .getRedirectedUrl();
  }

  private String hash(String login) {
    return jdbc.queryForObject(
        "SELECT password_hash FROM admin_user WHERE login = ?", String.class, login);
  }

  private void account(String login, String hash, boolean mustChange) {
    OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
    jdbc.update(
        "INSERT INTO admin_user (login, display_name, role, password_hash, must_change,"
            + " failed_attempts, locked, enabled, password_changed_at, created_at)"
            + " VALUES (?, ?, 'OPERATOR', ?, ?, 0, FALSE, TRUE, ?, ?)",
        login,
        login,
        hash,
        mustChange,
        now,
        now);
    jdbc.update(
        "INSERT INTO password_history (user_id, password_hash, set_at)"
            + " SELECT id, password_hash, password_changed_at FROM admin_user WHERE login = ?",
        login);
  }
}

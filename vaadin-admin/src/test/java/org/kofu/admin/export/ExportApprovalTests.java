package org.kofu.admin.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kofu.admin.issuance.LogFilter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Same properties as AccountsTests (one Spring context, one database): no officer is added. */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:kofu-admin-accounts;DB_CLOSE_DELAY=-1",
      "kofu.admin.password.history=2",
      "kofu.admin.password.max-failures=2"
    })
class ExportApprovalTests {

  @Autowired Exports exports;
  @Autowired JdbcTemplate jdbc;

  static void as(String login, String role) {
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                login, null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
  }

  /** An operator account issued by {@code creator}. */
  static void clerk(JdbcTemplate jdbc, String login, String creator) {
    jdbc.update(
        "INSERT INTO admin_user (login, display_name, role, password_hash, must_change,"
            + " failed_attempts, locked, enabled, password_changed_at, created_at, created_by)"
            + " VALUES (?, ?, 'OPERATOR', 'x', FALSE, 0, FALSE, TRUE,"
            + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?)",
        login,
        login,
        creator);
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void theOfficerWhoCreatedTheRequestersAccountCannotApproveAnotherCan() {
    clerk(jdbc, "ex-clerk", "ex-creator");
    as("ex-clerk", "OPERATOR");
    long id = exports.request(LogFilter.none());

    as("ex-creator", "OFFICER");
    assertThatThrownBy(() -> exports.decide(id, true)).isInstanceOf(AccessDeniedException.class);
    as("ex-other", "OFFICER");
    assertThat(exports.decide(id, true)).isTrue();
    assertThat(
            jdbc.queryForObject(
                "SELECT decided_by FROM export_request WHERE id = ?", String.class, id))
        .isEqualTo("ex-other");
  }

  @Test
  void anOfficerCannotApproveTheirOwnRequest() {
    as("ex-self", "OFFICER");
    long id = exports.request(LogFilter.none());

    assertThatThrownBy(() -> exports.decide(id, true)).isInstanceOf(AccessDeniedException.class);
  }
}

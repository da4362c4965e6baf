package org.kofu.admin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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
class DocumentApprovalTests {

  @Autowired OperatingRules rules;
  @Autowired JdbcTemplate jdbc;

  private static void as(String login, String role) {
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                login, null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void aTakeOutIsApprovedOnlyByAnOfficerOtherThanRequesterAndAccountCreator() {
    jdbc.update(
        "INSERT INTO admin_user (login, display_name, role, password_hash, must_change,"
            + " failed_attempts, locked, enabled, password_changed_at, created_at, created_by)"
            + " VALUES ('dr-clerk', 'dr-clerk', 'OPERATOR', 'x', FALSE, 0, FALSE, TRUE,"
            + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'dr-creator')");
    as("dr-officer", "OFFICER");
    rules.addDocument("dr-運用手順書", "第1版", "書庫");
    Document document =
        rules.documents().stream()
            .filter(d -> d.title().equals("dr-運用手順書"))
            .findFirst()
            .orElseThrow();
    as("dr-clerk", "OPERATOR");
    rules.request(document, "TAKE_OUT", "打合せ");
    DocumentRequest request =
        rules.requests().stream()
            .filter(r -> r.requestedBy().equals("dr-clerk"))
            .findFirst()
            .orElseThrow();

    as("dr-creator", "OFFICER");
    assertThatThrownBy(() -> rules.decide(request, true, "返却は当日"))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(rules.mayDecide(request)).isFalse();
    as("dr-clerk", "OFFICER");
    assertThatThrownBy(() -> rules.decide(request, true, "返却は当日"))
        .isInstanceOf(AccessDeniedException.class);
    as("dr-officer", "OFFICER");
    assertThat(rules.decide(request, true, "返却は当日")).isTrue();
  }
}

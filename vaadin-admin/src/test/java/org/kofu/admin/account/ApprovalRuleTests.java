package org.kofu.admin.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
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
class ApprovalRuleTests {

  @Autowired AccountAdministration administration;
  @Autowired AccountRepository accounts;
  @Autowired ApprovalRule approvals;

  /** Signs in as an officer of the given login for the calls that follow. */
  static void as(String login) {
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                login, null, List.of(new SimpleGrantedAuthority("ROLE_OFFICER"))));
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void neitherTheRequesterNorTheCreatorOfTheRequestersAccountMayDecide() {
    as("ar-creator");
    administration.issue("ar-clerk", "clerk", Role.OPERATOR);

    assertThat(accounts.find("ar-clerk").orElseThrow().createdBy()).isEqualTo("ar-creator");
    assertThat(approvals.mayDecide("ar-clerk")).isFalse();
    assertThatThrownBy(() -> approvals.check("ar-clerk")).isInstanceOf(AccessDeniedException.class);
    as("ar-clerk");
    assertThat(approvals.mayDecide("ar-clerk")).isFalse();
    as("ar-officer");
    assertThat(approvals.mayDecide("ar-clerk")).isTrue();
    assertThat(approvals.mayDecide("ar-officer")).isFalse();
  }
}

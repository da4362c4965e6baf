package org.kofu.admin.cli;

import org.kofu.admin.AdminProperties;
import org.kofu.admin.account.AccountException;
import org.kofu.admin.account.FirstOfficer;
import org.kofu.admin.audit.AuditTrail;
import org.kofu.projectdb.chain.ChainVerification;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnNotWebApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code --kofu.admin.setup-officer=<login>}: creates the first officer and prints its one-time
 * password once. {@code --kofu.admin.verify-audit=true}: checks the audit chain. Both exit.
 */
@Component
@ConditionalOnNotWebApplication
class AdminCommands implements ApplicationRunner {

  private final AdminProperties properties;
  private final FirstOfficer firstOfficer;
  private final AuditTrail audit;
  private final ConfigurableApplicationContext context;

  AdminCommands(
      AdminProperties properties,
      FirstOfficer firstOfficer,
      AuditTrail audit,
      ConfigurableApplicationContext context) {
    this.properties = properties;
    this.firstOfficer = firstOfficer;
    this.audit = audit;
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments args) {
    int code = properties.verifyAudit() ? verifyAudit() : setupOfficer(properties.setupOfficer());
    ExitCodeGenerator exit = () -> code;
    System.exit(SpringApplication.exit(context, exit));
  }

  private int setupOfficer(String login) {
    if (login == null || login.isBlank()) {
      System.err.println("nothing to do: give --kofu.admin.setup-officer=<login>");
      return 2;
    }
    try {
      String password = firstOfficer.create(login);
      System.out.println("officer account created: " + login);
      System.out.println("one-time password (shown once, change it at first sign-in): " + password);
      return 0;
    } catch (AccountException e) {
      System.err.println("refused: " + e.messageKey() + " (an officer account already exists?)");
      return 1;
    }
  }

  private int verifyAudit() {
    ChainVerification result = audit.verify();
    System.out.println(result.describe());
    return result.intact() ? 0 : 1;
  }
}

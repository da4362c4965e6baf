package org.kofu.admin.cli;

import org.kofu.admin.AdminProperties;
import org.kofu.admin.account.AccountException;
import org.kofu.admin.account.FirstOfficer;
import org.kofu.admin.account.OfficerRecovery;
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
 * password once. {@code --kofu.admin.verify-audit=true}: checks the audit chain. {@code
 * --kofu.admin.recover.officer=<login>} (with {@code --kofu.admin.recover.force=true} while an
 * officer can still sign in): gives a locked-out officer a new one-time password. All exit.
 */
@Component
@ConditionalOnNotWebApplication
class AdminCommands implements ApplicationRunner {

  private final AdminProperties properties;
  private final RecoveryCommand recovery;
  private final FirstOfficer firstOfficer;
  private final OfficerRecovery officerRecovery;
  private final AuditTrail audit;
  private final ConfigurableApplicationContext context;

  AdminCommands(
      AdminProperties properties,
      RecoveryCommand recovery,
      FirstOfficer firstOfficer,
      OfficerRecovery officerRecovery,
      AuditTrail audit,
      ConfigurableApplicationContext context) {
    this.properties = properties;
    this.recovery = recovery;
    this.firstOfficer = firstOfficer;
    this.officerRecovery = officerRecovery;
    this.audit = audit;
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments args) {
    int code = execute();
    ExitCodeGenerator exit = () -> code;
    System.exit(SpringApplication.exit(context, exit));
  }

  /** Runs the command asked for and returns the process's exit code. */
  int execute() {
    if (properties.verifyAudit()) {
      return verifyAudit();
    }
    return recovery.requested()
        ? recoverOfficer(recovery.officer(), recovery.force())
        : setupOfficer(properties.setupOfficer());
  }

  private int setupOfficer(String login) {
    if (login == null || login.isBlank()) {
      System.err.println(
          "nothing to do: give --kofu.admin.setup-officer=<login>, --kofu.admin.verify-audit=true"
              + " or --kofu.admin.recover.officer=<login>");
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

  private int recoverOfficer(String login, boolean force) {
    try {
      String password = officerRecovery.recover(login, force, System.getProperty("user.name"));
      System.out.println("officer account recovered (unlocked, enabled, audited): " + login);
      System.out.println("one-time password (shown once, change it at first sign-in): " + password);
      return 0;
    } catch (AccountException e) {
      System.err.println("refused: " + e.messageKey() + refusalHint(e.messageKey()));
      return 1;
    }
  }

  private String refusalHint(String key) {
    return "account.error.officer-usable".equals(key)
        ? " (an officer can still sign in: "
            + String.join(", ", officerRecovery.usableOfficers())
            + "; add --kofu.admin.recover.force=true to go ahead anyway)"
        : "";
  }

  private int verifyAudit() {
    ChainVerification result = audit.verify();
    System.out.println(result.describe());
    return result.intact() ? 0 : 1;
  }
}

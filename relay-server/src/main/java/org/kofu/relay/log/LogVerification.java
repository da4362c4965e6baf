package org.kofu.relay.log;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code --kofu.relay.verify-log=true}: links the records still waiting in the queue, walks the
 * issuance log chain, reports the first broken link and exits (0 intact, 1 broken) instead of
 * serving.
 */
@Component
@ConditionalOnProperty(name = "kofu.relay.verify-log", havingValue = "true")
class LogVerification implements ApplicationRunner, ExitCodeGenerator {

  private static final Logger log = LoggerFactory.getLogger(LogVerification.class);

  private final IssuanceLog issuanceLog;
  private int exitCode;

  LogVerification(IssuanceLog issuanceLog) {
    this.issuanceLog = issuanceLog;
  }

  @Override
  public void run(ApplicationArguments args) {
    issuanceLog.chainPending();
    var result = issuanceLog.verify();
    log.info("issuance log: {}", result.describe());
    exitCode = result.intact() ? 0 : 1;
  }

  @Override
  public int getExitCode() {
    return exitCode;
  }
}

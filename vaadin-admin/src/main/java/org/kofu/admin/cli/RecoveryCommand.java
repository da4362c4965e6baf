package org.kofu.admin.cli;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kofu.admin.recover.*}: the officer to recover when every officer is locked out, and
 * whether to go ahead although an officer could still sign in.
 */
@ConfigurationProperties("kofu.admin.recover")
record RecoveryCommand(String officer, boolean force) {

  boolean requested() {
    return officer != null && !officer.isBlank();
  }
}

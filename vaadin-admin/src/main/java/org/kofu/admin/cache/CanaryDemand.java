package org.kofu.admin.cache;

import java.sql.Timestamp;
import java.time.Clock;
import javax.sql.DataSource;
import org.kofu.admin.account.CurrentUser;
import org.kofu.admin.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An officer asks every relay to run its canary again (issue 27): a row of {@code canary_request}
 * (V27_1), which each relay polls, and the request in the audit chain in the same transaction. The
 * admin has no arrow to the relay; the relays record their verdicts in the audit chain.
 */
@Service
public class CanaryDemand {

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Clock clock;

  CanaryDemand(DataSource dataSource, AuditTrail audit, Clock clock) {
    this.jdbc = JdbcClient.create(dataSource);
    this.audit = audit;
    this.clock = clock;
  }

  @PreAuthorize("hasRole('OFFICER')")
  @Transactional
  public void request() {
    String officer = CurrentUser.login();
    jdbc.sql("INSERT INTO canary_request (requested_at, requested_by) VALUES (?, ?)")
        .params(Timestamp.from(clock.instant()), officer)
        .update();
    audit.record("CANARY_REQUESTED", "every relay");
  }
}

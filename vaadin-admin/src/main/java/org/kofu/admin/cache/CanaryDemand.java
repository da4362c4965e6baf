package org.kofu.admin.cache;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
 * admin has no arrow to the relay; the relays record their verdicts in the audit chain ({@code
 * CANARY_PASSED} / {@code CANARY_FAILED}, actor the officer who asked, client the relay's host),
 * where {@link #latest} reads them back.
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

  /** A relay's verdict on a request, as it recorded it in the audit chain. */
  public record Verdict(Instant at, String relay, boolean passed, String detail) {}

  /**
   * The latest request and the verdicts recorded for it so far: none while it is pending.
   *
   * @param verdicts in the order the relays recorded them
   */
  public record Latest(Instant requestedAt, String requestedBy, List<Verdict> verdicts) {

    public boolean pending() {
      return verdicts.isEmpty();
    }
  }

  /**
   * The latest request with the verdicts of the relays that ran it: those recorded in the audit
   * chain after the request's own record (by sequence, not by the relays' clocks) under the name of
   * the officer who asked, which is the actor a relay records for a run it was asked for.
   */
  @Transactional(readOnly = true)
  public Optional<Latest> latest() {
    Optional<Latest> request =
        jdbc.sql(
                "SELECT requested_at, requested_by FROM canary_request ORDER BY id DESC"
                    + " FETCH FIRST 1 ROWS ONLY")
            .query(
                (rs, n) ->
                    new Latest(
                        rs.getTimestamp("requested_at").toInstant(),
                        rs.getString("requested_by"),
                        List.of()))
            .optional();
    if (request.isEmpty()) {
      return request;
    }
    String by = request.get().requestedBy();
    Long asked =
        jdbc.sql("SELECT MAX(seq) FROM audit_log WHERE action = 'CANARY_REQUESTED' AND actor = ?")
            .param(by)
            .query(Long.class)
            .optional()
            .orElse(null);
    List<Verdict> verdicts =
        jdbc.sql(
                "SELECT occurred_at, client_ip, action, detail FROM audit_log"
                    + " WHERE action IN ('CANARY_PASSED', 'CANARY_FAILED') AND actor = ?"
                    + " AND seq > ? ORDER BY seq FETCH FIRST 50 ROWS ONLY")
            .params(by, asked == null ? 0 : asked)
            .query(
                (rs, n) -> {
                  String relay = rs.getString("client_ip");
                  String detail = rs.getString("detail");
                  // the relay ends its detail with its host, which the verdict shows already
                  String suffix = " @" + relay;
                  return new Verdict(
                      rs.getTimestamp("occurred_at").toInstant(),
                      relay,
                      "CANARY_PASSED".equals(rs.getString("action")),
                      detail.endsWith(suffix)
                          ? detail.substring(0, detail.length() - suffix.length())
                          : detail);
                })
            .list();
    return Optional.of(new Latest(request.get().requestedAt(), by, verdicts));
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

package org.kofu.projectdb.registration;

import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.kofu.projectdb.chain.ChainTable;
import org.kofu.projectdb.chain.HashChain;

/**
 * Each step of a registration in the audit chain (the admin's {@code audit_log}), whichever role
 * takes it: received by the relay, approved, rejected or revoked by a clerk (the admin's {@code
 * AuditTrail}, with the same action names), suspended by the system. The detail names the
 * registration and the person key, never a name or a 住民票コード.
 */
public class RegistrationAudit {

  public static final String RECEIVED = "REGISTRATION_RECEIVED";
  public static final String APPROVED = "REGISTRATION_APPROVED";
  public static final String REJECTED = "REGISTRATION_REJECTED";
  public static final String SUSPENDED = "REGISTRATION_SUSPENDED";
  public static final String REVOKED = "REGISTRATION_REVOKED";

  private final HashChain chain;

  public RegistrationAudit(DataSource dataSource) {
    this.chain = new HashChain(dataSource);
  }

  /** Appends in the caller's transaction when one is open on the same DataSource. */
  public void record(Instant at, String actor, String action, String detail, String from) {
    chain.append(ChainTable.AUDIT, List.of(at, actor, action, detail, from));
  }

  /** "#id", and the person key once one was chosen. */
  public static String detail(long id, String personKey, String more) {
    StringBuilder detail = new StringBuilder("#").append(id);
    if (personKey != null) {
      detail.append(' ').append(personKey);
    }
    if (more != null && !more.isBlank()) {
      detail.append(' ').append(more);
    }
    return detail.toString();
  }
}

package org.kofu.ops.checks.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kofu.ops.checks.roles.RoleChecks.AT;
import static org.kofu.ops.checks.roles.RoleChecks.allowed;
import static org.kofu.ops.checks.roles.RoleChecks.auditRecord;
import static org.kofu.ops.checks.roles.RoleChecks.issuanceRecord;
import static org.kofu.ops.checks.roles.RoleChecks.refusedAll;

import java.sql.Timestamp;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kofu.projectdb.chain.ChainTable;
import org.kofu.projectdb.chain.HashChain;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 23 point 5 on PostgreSQL: migrated as kofu_migrate, ops/deploy/project-db/grants.sql
 * applied, each application role can do its work and not the rest.
 */
class DatabaseRolesIT {

  private static ProjectDbRoles db;
  private static DataSource owner;
  private static DataSource relay;
  private static DataSource batch;
  private static DataSource admin;

  @BeforeAll
  static void migrateAndGrant() throws Exception {
    db = new ProjectDbRoles().migrateAndGrant();
    owner = db.as(ProjectDbRoles.MIGRATE);
    relay = db.as(ProjectDbRoles.RELAY);
    batch = db.as(ProjectDbRoles.BATCH);
    admin = db.as(ProjectDbRoles.ADMIN);
    HashChain chain = new HashChain(owner);
    chain.append(ChainTable.AUDIT, auditRecord("officer", "LOGIN"));
    chain.append(ChainTable.ISSUANCE, issuanceRecord("past-request"));
    allowed(
        owner,
        "INSERT INTO admin_user (login, display_name, role, password_hash, must_change,"
            + " failed_attempts, locked, enabled, password_changed_at, created_at)"
            + " VALUES ('officer', 'x', 'OFFICER', 'h', FALSE, 0, FALSE, TRUE, ?, ?)",
        Timestamp.from(AT),
        Timestamp.from(AT));
  }

  @AfterAll
  static void drop() throws Exception {
    db.close();
  }

  @Test
  void theRelayStoresAndChainsIssuancesAndRecordsOutcomes() {
    insertIssuance(relay, "r-1");
    assertThat(
            allowed(
                relay,
                "UPDATE issuance_request SET outcome = 'PRINTED', pages_printed = 1,"
                    + " reported_at = ? WHERE request_id = 'r-1' AND outcome IS NULL",
                Timestamp.from(AT)))
        .isEqualTo(1);
    HashChain chain = new HashChain(relay);
    chain.enqueue(ChainTable.ISSUANCE, issuanceRecord("r-1"));
    assertThat(chain.drain(ChainTable.ISSUANCE, 10)).isEqualTo(1);
    chain.append(ChainTable.AUDIT, auditRecord("relay", "REGISTRATION_RECEIVED"));
    assertThat(allowed(relay, "UPDATE certificate_number_counter SET next_value = next_value + 1"))
        .isEqualTo(1);
    new JdbcTemplate(relay).queryForList("SELECT * FROM service_hours");
    assertThat(new HashChain(relay).verifySinceCheckpoint(ChainTable.ISSUANCE).intact()).isTrue();
  }

  @Test
  void theAdminChecksBothChainsFromTheirCheckpointsButOnlyTheOwnerArchives() {
    assertThat(new HashChain(admin).verifySinceCheckpoint(ChainTable.AUDIT).intact()).isTrue();
    assertThat(new HashChain(admin).verifySinceCheckpoint(ChainTable.ISSUANCE).intact()).isTrue();
    refusedAll(
        relay,
        "DELETE FROM chain_checkpoint",
        "INSERT INTO chain_archive (chain_name, period, first_seq, first_prev_hash, last_seq,"
            + " last_hash, link_count, file_name, file_sha256, archived_at)"
            + " VALUES ('issuance', '2026-01', 1, 'x', 1, 'x', 1, 'f', 'x', now())");
    refusedAll(admin, "DELETE FROM chain_archive", "DELETE FROM audit_log");
  }

  @Test
  void theRelayRewritesNoPastRowNoAuditNoAccount() {
    insertIssuance(owner, "r-past");
    refusedAll(
        relay,
        "UPDATE issuance_request SET body_form = NULL WHERE request_id = 'r-past'",
        "UPDATE issuance_request SET person_key = 'x'",
        "DELETE FROM issuance_request",
        "UPDATE issuance_log SET decision = 'x'",
        "DELETE FROM issuance_log",
        "UPDATE audit_log SET actor = 'x'",
        "DELETE FROM audit_log",
        "SELECT * FROM audit_log",
        "SELECT password_hash FROM admin_user",
        "UPDATE admin_user SET locked = FALSE",
        "INSERT INTO credential_event (occurred_at, actor_login, subject_login, event)"
            + " VALUES (now(), 'x', 'y', 'ISSUED')",
        "UPDATE service_type_rule SET stopped = TRUE",
        "UPDATE honseki_registration SET status = 'APPROVED'",
        "DELETE FROM qrtz_locks");
  }

  @Test
  void theAdminCannotTouchTheIssuanceLog() {
    refusedAll(
        admin,
        "UPDATE issuance_log SET decision = 'x'",
        "DELETE FROM issuance_log",
        "INSERT INTO issuance_log_queue (occurred_at, kind, http_status, decision, elapsed_ms)"
            + " VALUES (now(), 'REQUEST', 200, 'ISSUED', 1)",
        "DELETE FROM issuance_log_queue",
        "UPDATE issuance_request SET outcome = 'x'",
        "DELETE FROM issuance_request",
        // body_form only for an officer-approved re-display (grants.sql, investigations)
        "SELECT pdf FROM issuance_request",
        "UPDATE audit_log SET actor = 'x'",
        "DELETE FROM audit_log");
    String head = "SELECT last_hash FROM chain_head WHERE chain_name = 'issuance'";
    String before = new JdbcTemplate(owner).queryForObject(head, String.class);
    assertThat(
            allowed(
                admin,
                "UPDATE chain_head SET last_seq = 0, last_hash = 'x'"
                    + " WHERE chain_name = 'issuance'"))
        .as("row-level security: the admin updates the audit head only")
        .isZero();
    assertThat(new JdbcTemplate(owner).queryForObject(head, String.class)).isEqualTo(before);
  }

  @Test
  void theAdminKeepsAccountsAuditAndReadsTheIssuanceChain() {
    assertThat(allowed(admin, "UPDATE admin_user SET failed_attempts = 1 WHERE login = 'officer'"))
        .isEqualTo(1);
    allowed(
        admin,
        "INSERT INTO admin_user (login, display_name, role, password_hash, must_change,"
            + " failed_attempts, locked, enabled, password_changed_at, created_at)"
            + " VALUES ('leaving', 'x', 'OPERATOR', 'h', TRUE, 0, FALSE, TRUE, now(), now())");
    allowed(
        admin,
        "INSERT INTO password_history (user_id, password_hash, set_at)"
            + " SELECT id, password_hash, password_changed_at FROM admin_user"
            + " WHERE login = 'leaving'");
    assertThat(allowed(admin, "DELETE FROM admin_user WHERE login = 'leaving'"))
        .as("the history goes with the account (ON DELETE CASCADE)")
        .isEqualTo(1);
    allowed(
        admin,
        "INSERT INTO credential_event (occurred_at, actor_login, subject_login, event)"
            + " VALUES (now(), 'officer', 'clerk', 'ISSUED')");
    assertThat(
            new JdbcTemplate(admin)
                .queryForObject(
                    "SELECT COUNT(*) FROM issuance_request WHERE outcome = 'PRINTED'",
                    Integer.class))
        .isNotNull();
    HashChain chain = new HashChain(admin);
    assertThat(chain.verify(ChainTable.ISSUANCE).intact()).isTrue();
    chain.append(ChainTable.AUDIT, auditRecord("officer", "LOGOUT"));
    assertThat(chain.verify(ChainTable.AUDIT).intact()).isTrue();
  }

  @Test
  void theBatchPurgesBodiesAndWritesNoAccountNorAnythingElseOfAnIssuance() {
    insertIssuance(owner, "r-old");
    assertThat(
            allowed(
                batch,
                "UPDATE issuance_request SET pdf = NULL, body_form = NULL WHERE issued_at < ?"
                    + " AND (pdf IS NOT NULL OR body_form IS NOT NULL)",
                Timestamp.from(AT.plusSeconds(1))))
        .isPositive();
    allowed(batch, "INSERT INTO qrtz_locks (sched_name, lock_name) VALUES ('kofu', 'TRIGGER')");
    new JdbcTemplate(batch).queryForObject("SELECT nextval('batch_job_seq')", Long.class);
    allowed(
        batch,
        "INSERT INTO int_channel_message (message_id, group_key, created_date, region)"
            + " VALUES ('m', 'g', 1, 'r')");
    new HashChain(batch).append(ChainTable.AUDIT, auditRecord("batch", "REGISTRATION_SUSPENDED"));
    refusedAll(
        batch,
        "UPDATE admin_user SET locked = FALSE",
        "INSERT INTO admin_user (login) VALUES ('x')",
        "DELETE FROM password_history",
        "UPDATE issuance_request SET outcome = 'x'",
        "UPDATE issuance_log SET decision = 'x'",
        "UPDATE audit_log SET actor = 'x'",
        "UPDATE service_hours SET time_zone = 'UTC'");
  }

  @Test
  void noApplicationRoleChangesTheSchema() {
    for (String role : ProjectDbRoles.APPLICATIONS) {
      refusedAll(
          db.as(role),
          "CREATE TABLE intruder (id INT)",
          "CREATE SCHEMA intruder",
          "ALTER TABLE audit_log ADD COLUMN intruder INT",
          "ALTER TABLE chain_head DISABLE ROW LEVEL SECURITY",
          "DROP TABLE issuance_log",
          "TRUNCATE audit_log",
          "CREATE INDEX intruder ON issuance_request (person_key)",
          "DROP POLICY chain_head_audit ON chain_head");
    }
  }

  private static void insertIssuance(DataSource role, String requestId) {
    allowed(
        role,
        "INSERT INTO issuance_request (request_id, request_hash, certificate_number, person_key,"
            + " certificate_type, fee_yen, page_count, source, body_sha256, body_form,"
            + " issued_at) VALUES (?, ?, ?, 'P1', 'JUMINHYO', 300, 1, 'CACHE', ?, ?, ?)",
        requestId,
        "a".repeat(64),
        String.format("012025-261204-%06d", Math.floorMod(requestId.hashCode(), 1_000_000)),
        "b".repeat(64),
        new byte[] {1, 2, 3},
        Timestamp.from(AT));
  }
}

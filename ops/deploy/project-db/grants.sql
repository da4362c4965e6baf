-- Least privilege in the project database (issue 23, point 5), PostgreSQL.
--
-- kofu_migrate owns the database and runs Flyway; kofu_relay, kofu_batch and kofu_admin connect as
-- themselves with only what their code reads and writes. Run after every migration, as kofu_migrate
-- (or a superuser), with psql -v ON_ERROR_STOP=1: it first takes every privilege of the three
-- roles away, so it is idempotent and a grant dropped here is gone on the next run.
--
-- Every table has a decision here: a GRANT, or the explicit "no role" REVOKE at the end. A table a
-- new migration adds is refused to all three until it gets one (ops/checks DatabaseRolesIT fails).
-- No DEFAULT PRIVILEGES on purpose, for the same reason. No role gets TRUNCATE, REFERENCES,
-- TRIGGER, or CREATE anywhere: DDL is the migration role's alone.

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM kofu_relay, kofu_batch, kofu_admin;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM kofu_relay, kofu_batch, kofu_admin;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO kofu_relay, kofu_batch, kofu_admin;

-- ---------------------------------------------------------------------------------------------
-- The hash chains. Each role appends to the audit chain (the relay and the batch record the steps
-- of a 本籍地利用登録); only the relay appends to the issuance chain. Chained rows are never
-- updated or deleted by anyone; the head row of a chain is updated only by its writers (row-level
-- security: an UPDATE of another chain's head changes no row). The owner is not subject to it.
GRANT SELECT ON chain_head TO kofu_relay, kofu_batch, kofu_admin;
GRANT UPDATE (last_seq, last_hash) ON chain_head TO kofu_relay, kofu_batch, kofu_admin;
ALTER TABLE chain_head ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS chain_head_read ON chain_head;
CREATE POLICY chain_head_read ON chain_head FOR SELECT
  TO kofu_relay, kofu_batch, kofu_admin USING (true);
DROP POLICY IF EXISTS chain_head_relay ON chain_head;
CREATE POLICY chain_head_relay ON chain_head FOR UPDATE
  TO kofu_relay USING (chain_name IN ('issuance', 'audit'));
DROP POLICY IF EXISTS chain_head_audit ON chain_head;
CREATE POLICY chain_head_audit ON chain_head FOR UPDATE
  TO kofu_batch, kofu_admin USING (chain_name = 'audit');

GRANT INSERT ON audit_log TO kofu_relay, kofu_batch, kofu_admin;
GRANT SELECT ON audit_log TO kofu_admin;

-- The periodic check (ChainMetrics: the relay for issuance, the admin for both) reads the archive
-- records and moves its chain's checkpoint forward. Archiving deletes chained rows, so only the
-- owner runs it (ArchiveChain as kofu_migrate).
GRANT SELECT ON chain_archive TO kofu_relay, kofu_admin;
GRANT SELECT, INSERT, UPDATE ON chain_checkpoint TO kofu_relay, kofu_admin;

GRANT SELECT, INSERT ON issuance_log TO kofu_relay;
GRANT SELECT, INSERT, DELETE ON issuance_log_queue TO kofu_relay;
GRANT SELECT ON issuance_log, issuance_log_queue TO kofu_admin;

-- ---------------------------------------------------------------------------------------------
-- Issuances. The relay numbers, stores and later records the kiosk's outcome (those three columns
-- only); the batch's purge empties the kept bodies after their retention; the admin counts fees and
-- reads a body only to show it again for an officer-approved request (below).
GRANT SELECT, UPDATE ON certificate_number_counter TO kofu_relay;
GRANT SELECT, INSERT ON issuance_request TO kofu_relay;
GRANT UPDATE (outcome, pages_printed, reported_at) ON issuance_request TO kofu_relay;
GRANT SELECT, INSERT ON body_dictionary TO kofu_relay;
GRANT SELECT (issued_at, pdf, body_form), UPDATE (pdf, body_form) ON issuance_request TO kofu_batch;
GRANT SELECT (request_id, certificate_number, person_key, certificate_type, fee_yen, page_count,
  source, issued_at, outcome, pages_printed, reported_at, issue_date, copies, kiosk_id, requested_at,
  operator_code, commission_yen) ON issuance_request TO kofu_admin;

-- ---------------------------------------------------------------------------------------------
-- Fees and settlement (V15_1). An officer keeps fees, commissions and the kiosk-to-operator mapping
-- in the admin (rows are added, never edited: history stays); the relay charges the fee in force;
-- the batch's daily close counts the printed issuances and seals the day; the admin imports the
-- statements and reconciles. The close reads what was charged, never a body.
GRANT SELECT ON fee_schedule TO kofu_relay, kofu_batch, kofu_admin;
GRANT INSERT ON fee_schedule, commission_schedule TO kofu_admin;
-- V21_1: the relay charges the fee and commission in force and records the kiosk's operator; the
-- officer may withdraw a row that is not yet about to take effect (ScheduleEditor.LEAD).
GRANT SELECT ON commission_schedule, kiosk_prefix TO kofu_relay;
GRANT DELETE ON fee_schedule, commission_schedule TO kofu_admin;
GRANT SELECT ON commission_schedule, store_operator, kiosk_prefix TO kofu_batch, kofu_admin;
GRANT INSERT, UPDATE, DELETE ON store_operator, kiosk_prefix TO kofu_admin;
GRANT SELECT (request_id, certificate_type, fee_yen, copies, kiosk_id, requested_at, issued_at,
  outcome, operator_code, commission_yen) ON issuance_request TO kofu_batch;
GRANT SELECT, INSERT ON daily_close, daily_close_count TO kofu_batch;
GRANT SELECT ON daily_close, daily_close_count TO kofu_admin;
-- V25_1: the close's later check reports what moved in a closed day; the admin's 精算 view shows it
GRANT SELECT, INSERT ON daily_close_change TO kofu_batch;
GRANT SELECT ON daily_close_change TO kofu_admin;
GRANT SELECT, INSERT ON statement_import, statement_row TO kofu_admin;

-- ---------------------------------------------------------------------------------------------
-- The character coverage scan (V7_1): the batch's characterCoverage job writes it, the admin's
-- 文字の点検 view and its CSV export read it. Findings hold keys and code points, never text.
GRANT SELECT, INSERT, UPDATE ON coverage_scan TO kofu_batch;
GRANT SELECT, INSERT ON coverage_finding, coverage_count TO kofu_batch;
GRANT SELECT ON coverage_scan, coverage_finding, coverage_count TO kofu_admin;

-- ---------------------------------------------------------------------------------------------
-- The service calendar: the admin edits it, relay and batch read it.
GRANT SELECT ON service_hours, service_holiday, service_type_rule, maintenance_window
  TO kofu_relay, kofu_batch, kofu_admin;
GRANT UPDATE ON service_hours TO kofu_admin;
GRANT INSERT, DELETE ON service_holiday, service_type_rule TO kofu_admin;
GRANT INSERT, UPDATE ON maintenance_window TO kofu_admin;

-- 本籍地利用登録: the relay receives, the batch suspends, a clerk decides.
GRANT SELECT, INSERT ON honseki_registration TO kofu_relay;
GRANT SELECT, UPDATE ON honseki_registration TO kofu_batch, kofu_admin;

-- ---------------------------------------------------------------------------------------------
-- The admin's own tables: accounts, the operating rules (要領), exports.
GRANT SELECT, INSERT, UPDATE, DELETE ON admin_user TO kofu_admin;
GRANT SELECT, INSERT ON password_history, credential_event TO kofu_admin;
GRANT SELECT, INSERT, DELETE ON emergency_contact TO kofu_admin;
GRANT SELECT, INSERT, UPDATE ON incident, document_request, export_request TO kofu_admin;
GRANT SELECT, INSERT ON document TO kofu_admin;
-- The canary (V27_1): an officer asks from the admin's cache view; every relay polls for the ask.
GRANT SELECT, INSERT ON canary_request TO kofu_admin;
GRANT SELECT ON canary_request TO kofu_relay;
-- Investigations (V28_1): links from incidents to issuances, and the officer-approved requests to
-- show a kept body again. The admin reads a kept body only for an approved request
-- (`investigation.KeptBodyReader`), checked against the issuance log's hash.
GRANT SELECT, INSERT ON incident_issuance TO kofu_admin;
GRANT SELECT, INSERT, UPDATE ON body_display_request TO kofu_admin;
GRANT SELECT (request_id, body_form, body_dictionary, body_sha256) ON issuance_request
  TO kofu_admin;
GRANT SELECT ON body_dictionary TO kofu_admin;

-- ---------------------------------------------------------------------------------------------
-- The batch: Spring Batch's JobRepository, Quartz's clustered store, Spring Integration's channel
-- of partition requests, the delta job's cursors, the skip log. The admin reads the JobRepository
-- and stops or abandons executions in it, launches through the Quartz store, edits schedules.
GRANT SELECT, INSERT, UPDATE ON batch_job_instance, batch_job_execution, batch_job_execution_params,
  batch_step_execution, batch_step_execution_context, batch_job_execution_context TO kofu_batch;
GRANT USAGE, SELECT ON SEQUENCE batch_job_seq, batch_job_execution_seq, batch_step_execution_seq
  TO kofu_batch;
GRANT SELECT, UPDATE ON batch_job_instance, batch_job_execution, batch_job_execution_params,
  batch_step_execution, batch_step_execution_context, batch_job_execution_context TO kofu_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON qrtz_job_details, qrtz_triggers, qrtz_simple_triggers,
  qrtz_cron_triggers, qrtz_simprop_triggers, qrtz_blob_triggers, qrtz_calendars,
  qrtz_paused_trigger_grps, qrtz_fired_triggers, qrtz_scheduler_state, qrtz_locks
  TO kofu_batch, kofu_admin;

-- the channel store takes messages with SELECT ... FOR UPDATE SKIP LOCKED, which needs UPDATE
GRANT SELECT, INSERT, UPDATE, DELETE ON int_channel_message TO kofu_batch;
GRANT USAGE ON SEQUENCE int_message_seq TO kofu_batch;

GRANT SELECT, INSERT, UPDATE ON batch_journal_cursor TO kofu_batch;
GRANT SELECT, INSERT, DELETE ON batch_journal_seen TO kofu_batch;
GRANT SELECT, INSERT ON batch_skip_log TO kofu_batch;
GRANT SELECT ON batch_skip_log TO kofu_admin;
GRANT SELECT ON batch_schedule_override TO kofu_batch;
GRANT SELECT, INSERT, UPDATE ON batch_schedule_override TO kofu_admin;

-- ---------------------------------------------------------------------------------------------
-- No role: Flyway's history (the migration role's), and the numbers table V5_3 retired.
REVOKE ALL ON TABLE flyway_schema_history, certificate_number FROM kofu_relay, kofu_batch, kofu_admin;

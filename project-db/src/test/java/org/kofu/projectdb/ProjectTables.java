package org.kofu.projectdb;

import java.util.List;

/** Tables the migrations create. */
final class ProjectTables {

  static final List<String> ALL =
      List.of(
          "admin_user",
          "password_history",
          "credential_event",
          "chain_head",
          "audit_log",
          "service_hours",
          "service_holiday",
          "service_type_rule",
          "maintenance_window",
          "honseki_registration",
          "emergency_contact",
          "incident",
          "document",
          "document_request",
          "batch_schedule_override",
          "certificate_number_counter",
          "issuance_log_queue",
          "body_dictionary",
          "chain_checkpoint",
          "chain_archive",
          "coverage_scan",
          "coverage_finding",
          "coverage_count");

  private ProjectTables() {}
}

package org.kofu.projectdb.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A chained table: its chain name (the {@code chain_head} row), its table, the table of records
 * waiting to be chained (null: records are chained as they are appended) and the record columns in
 * canonical order. The table also has {@code seq}, {@code prev_hash} and {@code hash} columns; the
 * queue has {@code queue_id} and the record columns.
 */
public record ChainTable(String chainName, String table, String queue, List<String> columns) {

  private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  /** The admin's audit log (migration V1_2). */
  public static final ChainTable AUDIT =
      new ChainTable(
          "audit",
          "audit_log",
          null,
          List.of("occurred_at", "actor", "action", "detail", "client_ip"));

  /**
   * The relay's issuance log (migrations V3_1, V5_4): the relay queues its records and chains them
   * moments later, the admin reads and checks it.
   */
  public static final ChainTable ISSUANCE =
      new ChainTable(
          "issuance",
          "issuance_log",
          "issuance_log_queue",
          List.of(
              "occurred_at",
              "kind",
              "request_id",
              "kiosk_id",
              "person_key",
              "certificate_type",
              "options",
              "http_status",
              "decision",
              "reason",
              "source",
              "certificate_number",
              "body_sha256",
              "elapsed_ms"));

  /** The chain of that name: {@code audit} or {@code issuance}. */
  public static ChainTable named(String chainName) {
    return switch (chainName) {
      case "audit" -> AUDIT;
      case "issuance" -> ISSUANCE;
      default -> throw new IllegalArgumentException("no chain named " + chainName);
    };
  }

  public ChainTable {
    columns = List.copyOf(columns);
    // Names are spliced into SQL, so only plain lower-case identifiers are accepted.
    for (String name : concat(chainName, table, queue, columns)) {
      if (!IDENTIFIER.matcher(name).matches()) {
        throw new IllegalArgumentException("not a plain identifier: " + name);
      }
    }
  }

  private static List<String> concat(
      String chainName, String table, String queue, List<String> columns) {
    List<String> names = new ArrayList<>(columns);
    names.add(chainName);
    names.add(table);
    if (queue != null) {
      names.add(queue);
    }
    return names;
  }
}

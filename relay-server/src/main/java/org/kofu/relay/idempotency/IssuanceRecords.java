package org.kofu.relay.idempotency;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.kofu.projectdb.chain.HashChain;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * All SQL of {@code issuance_request} (migrations V3_1, V5_5, V15_1, V21_1): issued certificates by
 * request id. A new record keeps the body as {@link KeptBody}, not the served PDF.
 */
@Component
public class IssuanceRecords {

  private static final String COLUMNS =
      "request_id, request_hash, certificate_number, person_key, certificate_type, fee_yen,"
          + " page_count, source, body_sha256, body_form, body_dictionary, issue_date";

  private static final String INSERT =
      "INSERT INTO issuance_request ("
          + COLUMNS
          + ", issued_at, copies, kiosk_id, requested_at, operator_code, commission_yen)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static final String RECORD_RESULT =
      "UPDATE issuance_request SET outcome = ?, pages_printed = ?, reported_at = ?"
          + " WHERE request_id = ? AND outcome IS NULL";

  /**
   * The name {@link #recordResultWith}'s statement gives the row it recorded, for its log record.
   */
  public static final String RECORDED_RESULT = "recorded_result";

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private volatile Boolean insertsTogether;

  IssuanceRecords(DataSource projectDataSource) {
    this.dataSource = projectDataSource;
    this.jdbc = JdbcClient.create(projectDataSource);
  }

  public Optional<StoredIssuance> find(String requestId) {
    return jdbc.sql("SELECT " + COLUMNS + ", pdf FROM issuance_request WHERE request_id = ?")
        .param(requestId)
        .query(
            (rs, n) -> {
              byte[] compressed = rs.getBytes(10);
              KeptBody form =
                  compressed == null
                      ? null
                      : new KeptBody(
                          rs.getString(11), compressed, rs.getObject(12, LocalDate.class));
              return new StoredIssuance(
                  rs.getString(1),
                  rs.getString(2).trim(),
                  rs.getString(3).trim(),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getInt(6),
                  rs.getInt(7),
                  rs.getString(8),
                  rs.getString(9).trim(),
                  rs.getBytes(13),
                  form,
                  null);
            })
        .optional();
  }

  /** Stores an issuance; false when another node stored one under the same request id first. */
  public boolean insert(StoredIssuance issued, Instant at) {
    return insert(INSERT, arguments(issued, at));
  }

  /**
   * Whether {@link #insertWith} can be used: on PostgreSQL a statement whose common table
   * expression inserts too (the log record beside the issuance) commits or fails as a whole, in its
   * own implicit transaction when the connection autocommits. Decided once, on first use.
   */
  public boolean insertsTogether() {
    Boolean together = insertsTogether;
    if (together == null) {
      together = isPostgresAutocommitting(dataSource);
      insertsTogether = together;
    }
    return together;
  }

  /**
   * Stores an issuance and runs {@code alongside} (its log record) in one statement, one round trip
   * with its commit: both or neither; false when another node stored the request id first. Only
   * where {@link #insertsTogether()}.
   */
  public boolean insertWith(StoredIssuance issued, Instant at, HashChain.QueueInsert alongside) {
    List<Object> args = new ArrayList<>(Arrays.asList(alongside.args()));
    args.addAll(arguments(issued, at));
    return insert("WITH queued AS (" + alongside.sql() + ") " + INSERT, args);
  }

  private boolean insert(String sql, List<Object> args) {
    try {
      jdbc.sql(sql).params(args).update();
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  private static List<Object> arguments(StoredIssuance issued, Instant at) {
    Settled settled = issued.settled();
    return Arrays.asList(
        issued.requestId(),
        issued.requestHash(),
        issued.certificateNumber(),
        issued.personKey(),
        issued.certificateType(),
        issued.feeYen(),
        issued.pageCount(),
        issued.source(),
        issued.bodySha256(),
        issued.form().compressed(),
        issued.form().dictionaryId(),
        issued.form().issueDate(),
        at.atOffset(ZoneOffset.UTC),
        settled.copies(),
        settled.kioskId(),
        settled.requestedAt().atOffset(ZoneOffset.UTC),
        settled.operatorCode(),
        settled.commissionYen());
  }

  /**
   * Records the kiosk's outcome and runs {@code alongside} (its log record, a SELECT from {@link
   * #RECORDED_RESULT}) in one statement, one round trip with its commit: true when the outcome was
   * recorded now, with its log record; false, and nothing written, when the request id is unknown
   * or has an outcome already ({@link #recordResult} then says which). Only where {@link
   * #insertsTogether()}.
   */
  public boolean recordResultWith(
      String requestId,
      String outcome,
      int pagesPrinted,
      Instant reportedAt,
      HashChain.QueueInsert alongside) {
    List<Object> args =
        new ArrayList<>(
            Arrays.asList(outcome, pagesPrinted, reportedAt.atOffset(ZoneOffset.UTC), requestId));
    args.addAll(Arrays.asList(alongside.args()));
    String sql =
        "WITH "
            + RECORDED_RESULT
            + " AS ("
            + RECORD_RESULT
            + " RETURNING request_id) "
            + alongside.sql();
    return jdbc.sql(sql).params(args).update() == 1;
  }

  /** PostgreSQL, and connections that autocommit (else the statement would wait for a commit). */
  private static boolean isPostgresAutocommitting(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())
          && connection.getAutoCommit();
    } catch (SQLException e) {
      throw new DataAccessResourceFailureException("the project database does not answer", e);
    }
  }

  /** Records the kiosk's outcome once; a repeat of the same outcome changes nothing. */
  public ResultOutcome recordResult(
      String requestId, String outcome, int pagesPrinted, Instant reportedAt) {
    int updated =
        jdbc.sql(RECORD_RESULT)
            .params(outcome, pagesPrinted, reportedAt.atOffset(ZoneOffset.UTC), requestId)
            .update();
    if (updated == 1) {
      return ResultOutcome.RECORDED;
    }
    Optional<String> recorded =
        jdbc.sql("SELECT outcome FROM issuance_request WHERE request_id = ?")
            .param(requestId)
            .query(String.class)
            .optional();
    if (recorded.isEmpty()) {
      return ResultOutcome.UNKNOWN_REQUEST;
    }
    return recorded.get().equals(outcome) ? ResultOutcome.SAME_AS_RECORDED : ResultOutcome.CONFLICT;
  }
}

package org.kofu.projectdb.settlement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The statements imported (the center's, and the store operators' own): a file is read whole by
 * {@link StatementCsv} before anything is written, so a malformed one leaves no trace, not even its
 * {@code statement_import} row.
 */
public final class StatementImports {

  /** The origin of J-LIS's center's statement; an operator's statement has its operator code. */
  public static final String CENTER = "CENTER";

  /** The longest file name kept ({@code statement_import.file_name}). */
  static final int FILE_NAME_LIMIT = 200;

  private final JdbcClient jdbc;
  private final SettlementRepository settlement;
  private final StatementCsv csv;

  /** Imports that accept the relay contract's {@code certificateTypes}. */
  public StatementImports(DataSource dataSource, Set<String> certificateTypes) {
    this.jdbc = JdbcClient.create(dataSource);
    this.settlement = new SettlementRepository(dataSource);
    this.csv = new StatementCsv(certificateTypes);
  }

  /** An imported statement. */
  public record Imported(
      long id,
      String origin,
      String fileName,
      String sha256,
      String importedBy,
      Instant importedAt,
      int rows) {}

  /** {@link #CENTER}, then every store operator's code, for the origin of a statement. */
  public List<String> origins() {
    List<String> origins = new ArrayList<>();
    origins.add(CENTER);
    origins.addAll(
        jdbc.sql("SELECT operator_code FROM store_operator ORDER BY operator_code")
            .query(String.class)
            .list());
    return origins;
  }

  /**
   * Reads {@code file} whole and, only when every line is well formed, stores it.
   *
   * @throws MalformedStatementException naming the first wrong line and field; nothing is stored
   * @throws IllegalArgumentException when {@code origin} is neither the center nor an operator
   */
  public Imported importFile(
      String origin, String fileName, byte[] file, String officer, Instant now)
      throws MalformedStatementException {
    if (!origins().contains(origin)) {
      throw new IllegalArgumentException("not an origin of statements: " + origin);
    }
    List<StatementRow> rows = csv.read(file);
    long id = settlement.importStatement(origin, kept(fileName), file, rows, officer, now);
    return find(id).orElseThrow();
  }

  /** Every import, the newest first. */
  public List<Imported> imports() {
    return jdbc.sql(select() + " ORDER BY i.imported_at DESC, i.id DESC").query(this::map).list();
  }

  public Optional<Imported> find(long id) {
    return jdbc.sql(select() + " WHERE i.id = ?").param(id).query(this::map).optional();
  }

  private static String select() {
    return "SELECT i.id, i.origin, i.file_name, i.file_sha256, i.imported_by, i.imported_at,"
        + " (SELECT COUNT(*) FROM statement_row r WHERE r.import_id = i.id)"
        + " FROM statement_import i";
  }

  private Imported map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Imported(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getTimestamp(6).toInstant(),
        rs.getInt(7));
  }

  /** The name without a browser's path, cut to what the column holds. */
  static String kept(String fileName) {
    String name = fileName == null ? "" : fileName;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
    if (name.isEmpty()) {
      name = "-";
    }
    if (name.length() <= FILE_NAME_LIMIT) {
      return name;
    }
    int end = FILE_NAME_LIMIT;
    // never half a surrogate pair (a name in kanji outside the BMP)
    return name.substring(0, Character.isHighSurrogate(name.charAt(end - 1)) ? end - 1 : end);
  }
}

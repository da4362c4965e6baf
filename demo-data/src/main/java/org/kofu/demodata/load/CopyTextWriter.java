package org.kofu.demodata.load;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.HexFormat;
import org.kofu.demodata.generate.LegacyTable;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/** Streams one table's rows to PostgreSQL with {@code COPY ... FROM STDIN} in text format. */
final class CopyTextWriter implements TableWriter {

  private static final int FLUSH_CHARS = 1 << 18;
  private static final HexFormat HEX = HexFormat.of();

  private final CopyIn copy;
  private final StringBuilder buffer = new StringBuilder(FLUSH_CHARS + 8192);

  CopyTextWriter(CopyManager copyManager, LegacyTable table) throws SQLException {
    String sql =
        "COPY "
            + table.qualifiedName()
            + " ("
            + String.join(", ", table.columns())
            + ") FROM STDIN";
    this.copy = copyManager.copyIn(sql);
  }

  @Override
  public void write(Object[] row) throws SQLException {
    for (int i = 0; i < row.length; i++) {
      if (i > 0) {
        buffer.append('\t');
      }
      append(buffer, row[i]);
    }
    buffer.append('\n');
    if (buffer.length() >= FLUSH_CHARS) {
      flush();
    }
  }

  @Override
  public void finish() throws SQLException {
    flush();
    copy.endCopy();
  }

  private void flush() throws SQLException {
    byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
    copy.writeToCopy(bytes, 0, bytes.length);
    buffer.setLength(0);
  }

  /** One value in COPY's text format: \N for null, backslash escapes, bytea as \\x hex. */
  static void append(StringBuilder sb, Object value) {
    if (value == null) {
      sb.append("\\N");
    } else if (value instanceof byte[] bytes) {
      sb.append("\\\\x").append(HEX.formatHex(bytes));
    } else if (value instanceof Boolean b) {
      sb.append(b ? 't' : 'f');
    } else {
      String s = value.toString();
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '\\' -> sb.append("\\\\");
          case '\n' -> sb.append("\\n");
          case '\r' -> sb.append("\\r");
          case '\t' -> sb.append("\\t");
          default -> sb.append(c);
        }
      }
    }
  }
}

package org.kofu.projectdb.settlement;

/**
 * A statement refused as a whole: the line (1 = the header) and the field that are wrong, and why.
 * The message holds no field's value beyond what the format allows (dates, codes and numbers).
 */
public final class MalformedStatementException extends Exception {

  private static final long serialVersionUID = 1L;

  private final long line;
  private final String field;

  public MalformedStatementException(long line, String field, String reason) {
    super("line " + line + (field == null ? "" : ", " + field) + ": " + reason);
    this.line = line;
    this.field = field;
  }

  public long line() {
    return line;
  }

  /** The column's name, or null when the line as a whole is wrong. */
  public String field() {
    return field;
  }
}

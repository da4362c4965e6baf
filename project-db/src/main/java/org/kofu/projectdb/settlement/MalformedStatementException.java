package org.kofu.projectdb.settlement;

/**
 * A statement refused as a whole: the line (1 = the header) and the field that are wrong, and why.
 * The message holds no field's value beyond what the format allows (dates, codes and numbers).
 */
public final class MalformedStatementException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why, as a code the admin shows in the clerk's language. */
  public enum Reason {
    NOT_UTF8,
    NOT_CSV,
    HEADER,
    FIELD_MISSING,
    FIELD_EXTRA,
    DATE,
    OPERATOR,
    CERTIFICATE_TYPE,
    NOT_A_COUNT,
    DUPLICATE,
    NO_ROWS
  }

  private final long line;
  private final String field;
  private final Reason reason;

  public MalformedStatementException(long line, String field, Reason reason, String why) {
    super("line " + line + (field == null ? "" : ", " + field) + ": " + why);
    this.line = line;
    this.field = field;
    this.reason = reason;
  }

  public long line() {
    return line;
  }

  /**
   * The column's name ({@code column N} for one past the header's), or null when the line as a
   * whole is wrong (a second row for the same key, a broken quote, bytes that are not UTF-8).
   */
  public String field() {
    return field;
  }

  public Reason reason() {
    return reason;
  }
}

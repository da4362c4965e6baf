package org.kofu.projectdb.settlement;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.kofu.projectdb.settlement.MalformedStatementException.Reason;

/**
 * The statement format of {@code settlement.md}: UTF-8 (a BOM allowed), the header {@code
 * date,operator,certificateType,copies,feeYen}, one row per day, operator and type. The whole file
 * is read before anything is returned, so a malformed one is refused with its first wrong line and
 * field and nothing of it is kept. Lines are the file's own (blank lines count), not CSV records.
 */
public final class StatementCsv {

  /** The columns, in the order the header must name them. */
  public static final List<String> HEADER =
      List.of("date", "operator", "certificateType", "copies", "feeYen");

  private static final Pattern LINE = Pattern.compile("line:? (\\d+)");
  private static final Pattern OPERATOR = Pattern.compile("[A-Za-z0-9_-]{1,16}");
  private static final Pattern COUNT = Pattern.compile("[0-9]{1,12}");

  private final Set<String> certificateTypes;

  /** A reader that accepts the relay contract's {@code certificateTypes}. */
  public StatementCsv(Set<String> certificateTypes) {
    this.certificateTypes = Set.copyOf(certificateTypes);
  }

  public List<StatementRow> read(byte[] file) throws MalformedStatementException {
    String text = decode(file);
    Lines lines = new Lines(text);
    try (CSVParser csv = CSVFormat.DEFAULT.builder().get().parse(new StringReader(text))) {
      List<StatementRow> rows = new ArrayList<>();
      Set<SettlementKey> seen = new HashSet<>();
      boolean header = true;
      for (CSVRecord record : csv) {
        long line = lines.of(record.getCharacterPosition());
        if (header) {
          requireHeader(record, line);
          header = false;
          continue;
        }
        StatementRow row = row(record, line);
        if (!seen.add(row.key())) {
          throw new MalformedStatementException(
              line, null, Reason.DUPLICATE, "a second row for the same date, operator and type");
        }
        rows.add(row);
      }
      if (header) {
        throw new MalformedStatementException(
            1, HEADER.get(0), Reason.HEADER, "the header line is missing");
      }
      if (rows.isEmpty()) {
        // without a row the statement's period, and so a missing day, cannot be told
        throw new MalformedStatementException(2, HEADER.get(0), Reason.NO_ROWS, "no rows");
      }
      return rows;
    } catch (IOException | IllegalStateException | UncheckedIOException e) {
      // commons-csv reports a broken quote as an I/O problem of the text it reads from memory; its
      // message gives the line (and nothing of the file's content, which is not repeated here)
      throw new MalformedStatementException(
          lineOf(e),
          null,
          Reason.NOT_CSV,
          "not CSV: a quoted field is not closed, or is followed by other text");
    }
  }

  private static String decode(byte[] file) throws MalformedStatementException {
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(file);
    CharBuffer out = CharBuffer.allocate(file.length + 1);
    CoderResult result = utf8.decode(in, out, true);
    if (result.isError()) {
      long line = 1;
      for (int i = 0; i < in.position(); i++) {
        line += file[i] == '\n' ? 1 : 0;
      }
      throw new MalformedStatementException(line, null, Reason.NOT_UTF8, "not UTF-8");
    }
    utf8.flush(out);
    String text = out.flip().toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static void requireHeader(CSVRecord record, long line)
      throws MalformedStatementException {
    List<String> names = record.toList();
    for (int i = 0; i < Math.max(names.size(), HEADER.size()); i++) {
      if (i >= names.size() || i >= HEADER.size() || !HEADER.get(i).equals(names.get(i))) {
        throw new MalformedStatementException(
            line, column(i), Reason.HEADER, "the header must be " + String.join(",", HEADER));
      }
    }
  }

  private StatementRow row(CSVRecord record, long line) throws MalformedStatementException {
    if (record.size() < HEADER.size()) {
      throw new MalformedStatementException(
          line,
          column(record.size()),
          Reason.FIELD_MISSING,
          HEADER.size() + " fields expected, " + record.size() + " found");
    }
    if (record.size() > HEADER.size()) {
      throw new MalformedStatementException(
          line,
          column(HEADER.size()),
          Reason.FIELD_EXTRA,
          HEADER.size() + " fields expected, " + record.size() + " found");
    }
    LocalDate day;
    try {
      day = LocalDate.parse(record.get(0));
    } catch (DateTimeParseException e) {
      throw new MalformedStatementException(
          line, "date", Reason.DATE, "not an ISO-8601 date (YYYY-MM-DD)");
    }
    String operator = record.get(1);
    if (!OPERATOR.matcher(operator).matches()) {
      throw new MalformedStatementException(
          line, "operator", Reason.OPERATOR, "not an operator code (1–16 letters, digits, - or _)");
    }
    String type = record.get(2);
    if (!certificateTypes.contains(type)) {
      throw new MalformedStatementException(
          line,
          "certificateType",
          Reason.CERTIFICATE_TYPE,
          "not a certificate type of the relay contract");
    }
    long copies = count(record.get(3), line, "copies");
    long fee = count(record.get(4), line, "feeYen");
    return new StatementRow(new SettlementKey(day, operator, type), copies, fee);
  }

  /** The header's name of a column, or {@code column N} (1-based) past the header's. */
  private static String column(int index) {
    return index < HEADER.size() ? HEADER.get(index) : "column " + (index + 1);
  }

  private static long count(String value, long line, String field)
      throws MalformedStatementException {
    if (!COUNT.matcher(value).matches()) {
      throw new MalformedStatementException(
          line, field, Reason.NOT_A_COUNT, "not a whole number of 0 or more");
    }
    return Long.parseLong(value);
  }

  private static long lineOf(Exception e) {
    Matcher m = LINE.matcher(String.valueOf(e));
    return m.find() ? Long.parseLong(m.group(1)) : 0;
  }

  /** The file's line of a character position, counted forward as the records come. */
  private static final class Lines {
    private final String text;
    private int position;
    private long line = 1;

    Lines(String text) {
      this.text = text;
    }

    long of(long characterPosition) {
      for (; position < characterPosition && position < text.length(); position++) {
        line += text.charAt(position) == '\n' ? 1 : 0;
      }
      // a record's position is before the blank lines the parser skipped to reach it; a record
      // never starts with a line break (a field holding one starts with its quote)
      for (; position < text.length() && isBreak(text.charAt(position)); position++) {
        line += text.charAt(position) == '\n' ? 1 : 0;
      }
      return line;
    }

    private static boolean isBreak(char c) {
      return c == '\n' || c == '\r';
    }
  }
}

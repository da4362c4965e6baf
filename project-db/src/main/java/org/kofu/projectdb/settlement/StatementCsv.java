package org.kofu.projectdb.settlement;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
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

/**
 * The statement format of {@code settlement.md}: UTF-8 (a BOM allowed), the header {@code
 * date,operator,certificateType,copies,feeYen}, one row per day, operator and type. The whole file
 * is read before anything is returned, so a malformed one is refused with its first wrong line and
 * field and nothing of it is kept.
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
    try (CSVParser csv = CSVFormat.DEFAULT.builder().get().parse(new StringReader(text))) {
      List<StatementRow> rows = new ArrayList<>();
      Set<SettlementKey> seen = new HashSet<>();
      boolean header = true;
      for (CSVRecord record : csv) {
        if (header) {
          requireHeader(record);
          header = false;
          continue;
        }
        StatementRow row = row(record);
        if (!seen.add(row.key())) {
          throw new MalformedStatementException(
              record.getRecordNumber(), null, "a second row for the same date, operator and type");
        }
        rows.add(row);
      }
      if (header) {
        throw new MalformedStatementException(1, null, "the header line is missing");
      }
      return rows;
    } catch (IOException | IllegalStateException | UncheckedIOException e) {
      // commons-csv reports a broken quote as an I/O problem of the text it reads from memory; its
      // message gives the line (and nothing of the file's content, which is not repeated here)
      throw new MalformedStatementException(
          lineOf(e), null, "not CSV: a quoted field is not closed, or is followed by other text");
    }
  }

  private static String decode(byte[] file) throws MalformedStatementException {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(file))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new MalformedStatementException(1, null, "not UTF-8");
    }
  }

  private static void requireHeader(CSVRecord record) throws MalformedStatementException {
    if (!record.toList().equals(HEADER)) {
      throw new MalformedStatementException(
          record.getRecordNumber(), null, "the header must be " + String.join(",", HEADER));
    }
  }

  private StatementRow row(CSVRecord record) throws MalformedStatementException {
    long line = record.getRecordNumber();
    if (record.size() != HEADER.size()) {
      throw new MalformedStatementException(
          line, null, HEADER.size() + " fields expected, " + record.size() + " found");
    }
    LocalDate day;
    try {
      day = LocalDate.parse(record.get(0));
    } catch (DateTimeParseException e) {
      throw new MalformedStatementException(line, "date", "not an ISO-8601 date (YYYY-MM-DD)");
    }
    String operator = record.get(1);
    if (!OPERATOR.matcher(operator).matches()) {
      throw new MalformedStatementException(
          line, "operator", "not an operator code (1–16 letters, digits, - or _)");
    }
    String type = record.get(2);
    if (!certificateTypes.contains(type)) {
      throw new MalformedStatementException(
          line, "certificateType", "not a certificate type of the relay contract");
    }
    long copies = count(record.get(3), line, "copies");
    long fee = count(record.get(4), line, "feeYen");
    return new StatementRow(new SettlementKey(day, operator, type), copies, fee);
  }

  private static long count(String value, long line, String field)
      throws MalformedStatementException {
    if (!COUNT.matcher(value).matches()) {
      throw new MalformedStatementException(line, field, "not a whole number of 0 or more");
    }
    return Long.parseLong(value);
  }

  private static long lineOf(Exception e) {
    Matcher m = LINE.matcher(String.valueOf(e));
    return m.find() ? Long.parseLong(m.group(1)) : 0;
  }
}

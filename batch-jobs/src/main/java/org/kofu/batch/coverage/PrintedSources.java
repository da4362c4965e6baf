package org.kofu.batch.coverage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.kofu.core.certificate.PersonRef;
import org.springframework.batch.item.database.JdbcPagingItemReader;
import org.springframework.batch.item.database.Order;
import org.springframework.batch.item.database.builder.JdbcPagingItemReaderBuilder;
import org.springframework.jdbc.core.RowMapper;

/**
 * Where the certificates' printed texts come from: the columns certificate-core's layouts print, by
 * table, for the persons and registers a kiosk serves (ACTIVE residents; CURRENT 戸籍 with every
 * member, 除籍 ones included, as a 戸籍全部 prints them). Each is one step of the scan. A record's key is
 * its row's {@code rowKey()} in certificate-core ({@code 123}, {@code 45/2}, {@code 45/7}, {@code
 * 45/2/3}), as a refused certificate and the batch's skip log name it ({@code koseki.kojin:45/2
 * father}), so that a skip is found among the scan's findings by system, table, key and field.
 */
final class PrintedSources {

  static final String MADOGUCHI = "madoguchi";
  static final String KOSEKI = "koseki";

  private static final String CURRENT =
      "WHERE koseki_id IN (SELECT koseki_id FROM koseki.koseki WHERE status = 'CURRENT')";

  /** One table's printed columns. */
  record Source(
      String step,
      String system,
      String table,
      String select,
      String from,
      String where,
      Map<String, Order> sortKeys,
      RowMapper<PrintedRecord> mapper) {

    String countSql() {
      return "SELECT COUNT(*) " + from + " " + where;
    }

    /** A paging reader of the table (its state saved under the step's name). */
    JdbcPagingItemReader<PrintedRecord> reader(DataSource dataSource, int pageSize) {
      return new JdbcPagingItemReaderBuilder<PrintedRecord>()
          .name(step)
          .dataSource(dataSource)
          .selectClause(select)
          .fromClause(from)
          .whereClause(where)
          .sortKeys(sortKeys)
          .rowMapper(mapper)
          .pageSize(pageSize)
          .build();
    }
  }

  static final Source RESIDENTS =
      new Source(
          "coverageResidents",
          MADOGUCHI,
          "jumin",
          "SELECT atena_no, shimei, shimei_kana, kyushi, tsusho, zokugara, address, katagaki,"
              + " prev_address, honseki, hittosha, kokuseki, zairyu_shikaku, zairyu_kikan",
          "FROM madoguchi.jumin",
          "WHERE status = 'ACTIVE'",
          sort("atena_no"),
          (rs, n) -> {
            long atena = rs.getLong("atena_no");
            String person = new PersonRef.Resident(atena).key();
            return new PrintedRecord(
                MADOGUCHI, "jumin", Long.toString(atena), person, null, atena, texts(rs, 2));
          });

  static final Source REGISTERS =
      new Source(
          "coverageRegisters",
          KOSEKI,
          "koseki",
          "SELECT koseki_id, honseki, hittosha",
          "FROM koseki.koseki",
          "WHERE status = 'CURRENT'",
          sort("koseki_id"),
          (rs, n) -> {
            long register = rs.getLong("koseki_id");
            return new PrintedRecord(
                KOSEKI, "koseki", Long.toString(register), null, register, null, texts(rs, 2));
          });

  static final Source MEMBERS =
      new Source(
          "coverageMembers",
          KOSEKI,
          "kojin",
          "SELECT koseki_id, kojin_no, atena_no, shimei, father, mother, zokugara",
          "FROM koseki.kojin",
          CURRENT,
          sort("koseki_id", "kojin_no"),
          (rs, n) -> {
            long register = rs.getLong("koseki_id");
            int member = rs.getInt("kojin_no");
            long atena = rs.getLong("atena_no");
            return new PrintedRecord(
                KOSEKI,
                "kojin",
                register + "/" + member,
                new PersonRef.RegisterMember(register, member).key(),
                register,
                rs.wasNull() ? null : atena,
                texts(rs, 4));
          });

  static final Source ENTRIES =
      new Source(
          "coverageEntries",
          KOSEKI,
          "jiko",
          "SELECT koseki_id, seq, kojin_no, jiko_kind, detail",
          "FROM koseki.jiko",
          CURRENT,
          sort("koseki_id", "seq"),
          (rs, n) -> {
            long register = rs.getLong("koseki_id");
            int member = rs.getInt("kojin_no");
            String person =
                rs.wasNull() ? null : new PersonRef.RegisterMember(register, member).key();
            return new PrintedRecord(
                KOSEKI,
                "jiko",
                register + "/" + rs.getInt("seq"),
                person,
                register,
                null,
                texts(rs, 4));
          });

  static final Source ADDRESSES =
      new Source(
          "coverageAddresses",
          KOSEKI,
          "fuhyo",
          "SELECT koseki_id, kojin_no, seq, address",
          "FROM koseki.fuhyo",
          CURRENT,
          sort("koseki_id", "kojin_no", "seq"),
          (rs, n) -> {
            long register = rs.getLong("koseki_id");
            int member = rs.getInt("kojin_no");
            return new PrintedRecord(
                KOSEKI,
                "fuhyo",
                register + "/" + member + "/" + rs.getInt("seq"),
                new PersonRef.RegisterMember(register, member).key(),
                register,
                null,
                texts(rs, 4));
          });

  static final List<Source> ALL = List.of(RESIDENTS, REGISTERS, MEMBERS, ENTRIES, ADDRESSES);

  private PrintedSources() {}

  static Source byStep(String step) {
    return ALL.stream()
        .filter(s -> s.step().equals(step))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no coverage source for step " + step));
  }

  private static Map<String, Order> sort(String... columns) {
    Map<String, Order> keys = new LinkedHashMap<>();
    for (String column : columns) {
      keys.put(column, Order.ASCENDING);
    }
    return keys;
  }

  /** The set texts of the columns from {@code first} on, by lower-case column name. */
  private static Map<String, String> texts(ResultSet rs, int first) throws SQLException {
    Map<String, String> texts = new LinkedHashMap<>();
    int columns = rs.getMetaData().getColumnCount();
    for (int i = first; i <= columns; i++) {
      String text = rs.getString(i);
      if (text != null && !text.isEmpty()) {
        texts.put(rs.getMetaData().getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), text);
      }
    }
    return texts;
  }
}

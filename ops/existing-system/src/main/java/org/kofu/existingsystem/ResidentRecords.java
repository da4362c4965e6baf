package org.kofu.existingsystem;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The 窓口 rows the stand-in prints, read with plain JDBC (never written). */
@Component
class ResidentRecords {

  /** One {@code madoguchi.jumin} row; personal data, never logged. */
  record Person(
      long atenaNo,
      String juminhyoCode,
      long setaiNo,
      String shimei,
      String kana,
      LocalDate birthDate,
      String sex,
      String zokugara,
      String address,
      String katagaki,
      String status,
      long version) {
    @Override
    public String toString() {
      return "Person[" + atenaNo + "]";
    }
  }

  /** One {@code madoguchi.inkan} row. */
  record Seal(long inkanNo, LocalDate registered, byte[] png, long version) {}

  private static final String PERSON =
      "SELECT atena_no, juminhyo_code, setai_no, shimei, shimei_kana, birth_date, sex, zokugara,"
          + " address, katagaki, status, version FROM madoguchi.jumin ";

  private static final RowMapper<Person> PERSON_ROW =
      (rs, i) ->
          new Person(
              rs.getLong(1),
              rs.getString(2).trim(),
              rs.getLong(3),
              rs.getString(4),
              rs.getString(5),
              rs.getObject(6, LocalDate.class),
              rs.getString(7),
              rs.getString(8),
              rs.getString(9),
              rs.getString(10),
              rs.getString(11),
              rs.getLong(12));

  private final NamedParameterJdbcTemplate jdbc;

  ResidentRecords(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Person> byCode(String juminhyoCode) {
    return jdbc
        .query(PERSON + "WHERE juminhyo_code = :c", java.util.Map.of("c", juminhyoCode), PERSON_ROW)
        .stream()
        .findFirst();
  }

  Optional<Person> byAtena(long atenaNo) {
    return jdbc
        .query(PERSON + "WHERE atena_no = :a", java.util.Map.of("a", atenaNo), PERSON_ROW)
        .stream()
        .findFirst();
  }

  /** An ACTIVE resident of another household, for answering someone else's body. */
  Optional<Person> stranger(Person person) {
    return jdbc
        .query(
            PERSON
                + "WHERE setai_no <> :s AND status = 'ACTIVE' ORDER BY atena_no"
                + " FETCH FIRST 1 ROWS ONLY",
            java.util.Map.of("s", person.setaiNo()),
            PERSON_ROW)
        .stream()
        .findFirst();
  }

  List<Person> household(long setaiNo) {
    return jdbc.query(
        PERSON + "WHERE setai_no = :s AND status = 'ACTIVE' ORDER BY atena_no",
        java.util.Map.of("s", setaiNo),
        PERSON_ROW);
  }

  /** {@code [setainushi_atena_no, version]} of the household. */
  long[] setai(long setaiNo) {
    return jdbc.queryForObject(
        "SELECT setainushi_atena_no, version FROM madoguchi.setai WHERE setai_no = :s",
        java.util.Map.of("s", setaiNo),
        (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)});
  }

  Optional<Seal> activeSeal(long atenaNo) {
    return jdbc
        .query(
            "SELECT inkan_no, toroku_date, inei_png, version FROM madoguchi.inkan"
                + " WHERE atena_no = :a AND status = 'ACTIVE'",
            java.util.Map.of("a", atenaNo),
            (rs, i) ->
                new Seal(
                    rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getBytes(3), rs.getLong(4)))
        .stream()
        .findFirst();
  }

  /** {@code [seq, atena_no]} of journal rows after {@code seq}, oldest first. */
  List<long[]> changes(long seq, int limit) {
    return jdbc.query(
        "SELECT seq, atena_no FROM madoguchi.change_journal WHERE seq > :s AND atena_no IS NOT NULL"
            + " ORDER BY seq FETCH FIRST "
            + Math.max(1, Math.min(limit, 1000))
            + " ROWS ONLY",
        java.util.Map.of("s", seq),
        (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)});
  }

  /**
   * The 外字 of the 窓口 system: each Private Use Area character as stored, to its Unicode character
   * (with a variation selector where the row has one); a PUA character without a row, or whose row
   * has no {@code ucs}, maps to nothing.
   */
  java.util.Map<Integer, String> gaiji() {
    java.util.Map<Integer, String> map = new java.util.HashMap<>();
    jdbc.query(
        "SELECT pua, ucs FROM madoguchi.gaiji WHERE ucs IS NOT NULL",
        rs -> {
          map.put(rs.getString(1).codePointAt(0), rs.getString(2));
        });
    return map;
  }
}

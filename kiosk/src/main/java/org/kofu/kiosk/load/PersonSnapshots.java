package org.kofu.kiosk.load;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.kofu.core.readback.PersonSnapshot;
import org.kofu.core.render.font.FontCatalog;
import org.kofu.core.render.font.GlyphCoverage;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads people from the existing systems (both schemas in the database given, as in the demo and
 * the benchmark).
 */
public final class PersonSnapshots {

  private static final String RESIDENT =
      "SELECT j.juminhyo_code, j.shimei, j.birth_date, j.address, j.katagaki, j.kojin_bango,"
          + " j.setai_no, h.shimei AS householder, k.koseki_id, k.shimei AS koseki_name,"
          + " k.birth_date AS koseki_birth_date, r.honseki AS koseki_honseki, r.hittosha"
          + " FROM madoguchi.jumin j"
          + " LEFT JOIN madoguchi.setai s ON s.setai_no = j.setai_no"
          + " LEFT JOIN madoguchi.jumin h ON h.atena_no = s.setainushi_atena_no"
          + " LEFT JOIN koseki.kojin k ON k.atena_no = j.atena_no AND k.joseki = ?"
          + " LEFT JOIN koseki.koseki r ON r.koseki_id = k.koseki_id AND r.status = 'CURRENT'"
          + " WHERE j.juminhyo_code = ?";

  private static final String HOUSEHOLD =
      "SELECT shimei, birth_date FROM madoguchi.jumin WHERE setai_no = ? AND status = 'ACTIVE'"
          + " ORDER BY atena_no";

  private static final String REGISTER_MEMBERS =
      "SELECT shimei, birth_date FROM koseki.kojin WHERE koseki_id = ? ORDER BY kojin_no";

  private final JdbcTemplate jdbc;

  public PersonSnapshots(DataSource legacy) {
    this.jdbc = new JdbcTemplate(legacy);
  }

  /** The person now, with their household and register members; null when unknown. */
  public PersonSnapshot read(String juminhyoCode) {
    return read(juminhyoCode, true, true);
  }

  /**
   * The person now, with the household or the register members only when {@code entry}'s
   * certificate lists them (a round trip each); null when the 住民票コード is unknown.
   */
  PersonSnapshot read(String juminhyoCode, MixEntry entry) {
    return read(juminhyoCode, entry.household(), entry.wholeRegister());
  }

  private PersonSnapshot read(String juminhyoCode, boolean household, boolean registerMembers) {
    List<Row> rows = jdbc.query(RESIDENT, (rs, n) -> row(rs), false, juminhyoCode);
    Row row =
        rows.stream()
            .filter(r -> r.register() != null)
            .findFirst()
            .orElse(rows.isEmpty() ? null : rows.get(0));
    if (row == null) {
      return null;
    }
    PersonSnapshot.Register register = row.register();
    if (register != null && registerMembers) {
      register =
          new PersonSnapshot.Register(
              register.honseki(),
              register.hittosha(),
              register.self(),
              jdbc.query(REGISTER_MEMBERS, (rs, n) -> person(rs), row.kosekiId()));
    }
    PersonSnapshot snapshot = row.snapshot().withRegister(register);
    return household
        ? snapshot.withHousehold(jdbc.query(HOUSEHOLD, (rs, n) -> person(rs), row.setaiNo()))
        : snapshot;
  }

  private record Row(
      PersonSnapshot snapshot, long setaiNo, long kosekiId, PersonSnapshot.Register register) {}

  private static Row row(ResultSet rs) throws SQLException {
    PersonSnapshot.Register register =
        rs.getString("koseki_honseki") == null
            ? null
            : new PersonSnapshot.Register(
                rs.getString("koseki_honseki"),
                rs.getString("hittosha"),
                new PersonSnapshot.Person(
                    rs.getString("koseki_name"), date(rs, "koseki_birth_date")),
                List.of());
    PersonSnapshot snapshot =
        new PersonSnapshot(
            rs.getString("juminhyo_code"),
            rs.getString("shimei"),
            date(rs, "birth_date"),
            rs.getString("address"),
            rs.getString("katagaki"),
            rs.getString("kojin_bango"),
            rs.getString("householder"),
            List.of(),
            null);
    return new Row(snapshot, rs.getLong("setai_no"), rs.getLong("koseki_id"), register);
  }

  private static PersonSnapshot.Person person(ResultSet rs) throws SQLException {
    return new PersonSnapshot.Person(rs.getString("shimei"), date(rs, "birth_date"));
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    java.sql.Date date = rs.getDate(column);
    return date == null ? null : date.toLocalDate();
  }

  /**
   * Up to {@code limit} residents every type of {@link MixEntry#standard()} can be issued for:
   * ACTIVE adults with an ACTIVE seal, a tax record of today's 年度 (the one a kiosk issues by
   * default; not the newest on file, which a test may have planted ahead) and a place in a CURRENT
   * 戸籍 here, nobody in their household restricted or moving out, nor holding a text that prints
   * otherwise than stored ({@link #householdsNotPrintedAsStored}).
   */
  public List<String> issuableAdults(int limit) {
    Set<Long> skipped = householdsNotPrintedAsStored();
    return jdbc
        .query(
            "SELECT j.juminhyo_code, j.setai_no FROM madoguchi.jumin j WHERE j.status = 'ACTIVE'"
                + " AND j.birth_date < DATE '1990-01-01'"
                + " AND NOT EXISTS (SELECT 1 FROM madoguchi.jumin h WHERE h.setai_no = j.setai_no"
                + "   AND (h.tenshutsu_yotei_date IS NOT NULL OR EXISTS (SELECT 1 FROM"
                + "   madoguchi.kofu_seigen s WHERE s.atena_no = h.atena_no)))"
                + " AND EXISTS (SELECT 1 FROM madoguchi.inkan i"
                + "   WHERE i.atena_no = j.atena_no AND i.status = 'ACTIVE')"
                + " AND EXISTS (SELECT 1 FROM madoguchi.shotoku_kazei t WHERE t.atena_no = j.atena_no"
                + "   AND t.nendo = ?)"
                + " AND EXISTS (SELECT 1 FROM koseki.kojin k JOIN koseki.koseki r"
                + "   ON r.koseki_id = k.koseki_id WHERE k.atena_no = j.atena_no"
                + "   AND k.joseki = ? AND r.status = 'CURRENT')"
                + " ORDER BY j.atena_no",
            (rs, n) -> skipped.contains(rs.getLong(2)) ? null : rs.getString(1),
            nendoToday(),
            false)
        .stream()
        .filter(java.util.Objects::nonNull)
        .limit(Math.max(0, limit))
        .toList();
  }

  /** The 年度 of today in Japan: April to March. */
  private static int nendoToday() {
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
    return today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
  }

  /**
   * Households with a text that does not print as the database holds it: a 外字 (Private Use Area
   * character, printed as its {@code gaiji} row maps it) or a character nothing draws (refused).
   * The driver compares printed texts with the stored ones, so it leaves their people out; the
   * relay's tests cover them.
   */
  public Set<Long> householdsNotPrintedAsStored() {
    GlyphCoverage coverage = new GlyphCoverage(FontCatalog.shared());
    Set<Long> out = new HashSet<>();
    jdbc.query(
        "SELECT setai_no, shimei, address, honseki FROM madoguchi.jumin",
        rs -> {
          for (int column = 2; column <= 4; column++) {
            String text = rs.getString(column);
            if (text != null && !coverage.printable(text)) {
              out.add(rs.getLong(1));
            }
          }
        });
    return out;
  }
}

package org.kofu.relay.kiosk.load;

import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads people from the existing systems (both schemas in the database given, as in the demo and
 * the benchmark).
 */
public final class PersonSnapshots {

  private static final String RESIDENT =
      "SELECT j.juminhyo_code, j.shimei, j.address, j.katagaki, k.shimei AS koseki_name,"
          + " r.honseki AS koseki_honseki FROM madoguchi.jumin j"
          + " LEFT JOIN koseki.kojin k ON k.atena_no = j.atena_no AND k.joseki = ?"
          + " LEFT JOIN koseki.koseki r ON r.koseki_id = k.koseki_id AND r.status = 'CURRENT'"
          + " WHERE j.juminhyo_code = ?";

  private final JdbcTemplate jdbc;

  public PersonSnapshots(DataSource legacy) {
    this.jdbc = new JdbcTemplate(legacy);
  }

  /** The person now; null when the 住民票コード is unknown. */
  public PersonSnapshot read(String juminhyoCode) {
    List<PersonSnapshot> rows =
        jdbc.query(
            RESIDENT,
            (rs, n) ->
                new PersonSnapshot(
                    rs.getString("juminhyo_code"),
                    rs.getString("shimei"),
                    rs.getString("address"),
                    rs.getString("katagaki"),
                    rs.getString("koseki_honseki") == null ? null : rs.getString("koseki_name"),
                    rs.getString("koseki_honseki")),
            false,
            juminhyoCode);
    return rows.stream()
        .filter(r -> r.kosekiHonseki() != null)
        .findFirst()
        .orElse(rows.isEmpty() ? null : rows.get(0));
  }

  /**
   * Up to {@code limit} residents every type of {@link MixEntry#standard()} can be issued for:
   * ACTIVE adults with an ACTIVE seal, a tax record and a place in a CURRENT 戸籍 here, nobody in
   * their household restricted or moving out.
   */
  public List<String> issuableAdults(int limit) {
    return jdbc.queryForList(
        "SELECT j.juminhyo_code FROM madoguchi.jumin j WHERE j.status = 'ACTIVE'"
            + " AND j.birth_date < DATE '1990-01-01'"
            + " AND NOT EXISTS (SELECT 1 FROM madoguchi.jumin h WHERE h.setai_no = j.setai_no"
            + "   AND (h.tenshutsu_yotei_date IS NOT NULL OR EXISTS (SELECT 1 FROM"
            + "   madoguchi.kofu_seigen s WHERE s.atena_no = h.atena_no)))"
            + " AND EXISTS (SELECT 1 FROM madoguchi.inkan i"
            + "   WHERE i.atena_no = j.atena_no AND i.status = 'ACTIVE')"
            + " AND EXISTS (SELECT 1 FROM madoguchi.shotoku_kazei t WHERE t.atena_no = j.atena_no)"
            + " AND EXISTS (SELECT 1 FROM koseki.kojin k JOIN koseki.koseki r"
            + "   ON r.koseki_id = k.koseki_id WHERE k.atena_no = j.atena_no"
            + "   AND k.joseki = ? AND r.status = 'CURRENT')"
            + " ORDER BY j.atena_no FETCH FIRST "
            + Math.max(0, limit)
            + " ROWS ONLY",
        String.class,
        false);
  }
}

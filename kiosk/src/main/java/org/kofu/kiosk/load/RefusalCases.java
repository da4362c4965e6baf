package org.kofu.kiosk.load;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * People whose requests the relay must refuse, for the load mix: restricted persons (their own
 * 住民票), householders and members of a household with a DV-protected member (the HOUSEHOLD 住民票,
 * which would show that member's address), and children under 15 (印鑑). Chosen so that the refusal
 * does not depend on the day within two months: restrictions in force from before today until at
 * least 60 days on, children under 14.
 */
public final class RefusalCases {

  public static final MixEntry OWN_JUMINHYO = new MixEntry("JUMINHYO", "{}", 1, false);
  static final MixEntry HOUSEHOLD_JUMINHYO =
      new MixEntry("JUMINHYO", "{\"scope\":\"HOUSEHOLD\"}", 1, false);
  static final MixEntry SEAL = new MixEntry("INKAN", "{}", 1, false);

  private static final String IN_FORCE =
      " s.cert_type IS NULL AND s.valid_from < ? AND (s.valid_to IS NULL OR s.valid_to > ?)";

  private RefusalCases() {}

  /** Up to {@code each} people of each kind, as the existing systems hold them today (Tokyo). */
  public static List<RefusalCase> read(DataSource legacy, int each) {
    return read(legacy, each, LocalDate.now(ZoneId.of("Asia/Tokyo")));
  }

  /**
   * Up to {@code each} people of each kind on {@code today} as the relays see it (a relay under
   * test may run on a clock of its own: a restriction in force by the real date may not be by
   * theirs).
   */
  public static List<RefusalCase> read(DataSource legacy, int each, LocalDate today) {
    JdbcTemplate jdbc = new JdbcTemplate(legacy);
    LocalDate until = today.plusDays(60);
    String limit = " ORDER BY j.atena_no FETCH FIRST " + Math.max(0, each) + " ROWS ONLY";
    List<RefusalCase> cases = new ArrayList<>();
    jdbc.queryForList(
            "SELECT j.juminhyo_code FROM madoguchi.jumin j WHERE j.status = 'ACTIVE'"
                + " AND EXISTS (SELECT 1 FROM madoguchi.kofu_seigen s"
                + "   WHERE s.atena_no = j.atena_no AND"
                + IN_FORCE
                + ")"
                + limit,
            String.class,
            today,
            until)
        .forEach(
            code ->
                cases.add(
                    new RefusalCase(code, OWN_JUMINHYO, "ISSUANCE_RESTRICTED", "restricted")));
    jdbc.queryForList(
            "SELECT j.juminhyo_code FROM madoguchi.jumin j WHERE j.status = 'ACTIVE'"
                + " AND NOT EXISTS (SELECT 1 FROM madoguchi.kofu_seigen o"
                + "   WHERE o.atena_no = j.atena_no)"
                + " AND EXISTS (SELECT 1 FROM madoguchi.jumin m JOIN madoguchi.kofu_seigen s"
                + "   ON s.atena_no = m.atena_no WHERE m.setai_no = j.setai_no"
                + "   AND m.atena_no <> j.atena_no AND m.status = 'ACTIVE'"
                + "   AND s.reason = 'DV_SUPPORT' AND"
                + IN_FORCE
                + ")"
                + limit,
            String.class,
            today,
            until)
        .forEach(
            code ->
                cases.add(
                    new RefusalCase(
                        code, HOUSEHOLD_JUMINHYO, "ISSUANCE_RESTRICTED", "protected member")));
    jdbc.queryForList(
            "SELECT j.juminhyo_code FROM madoguchi.jumin j WHERE j.status = 'ACTIVE'"
                + " AND j.birth_date > ? AND j.tenshutsu_yotei_date IS NULL"
                + " AND NOT EXISTS (SELECT 1 FROM madoguchi.kofu_seigen s"
                + "   WHERE s.atena_no = j.atena_no)"
                + limit,
            String.class,
            today.minusYears(14))
        .forEach(code -> cases.add(new RefusalCase(code, SEAL, "UNDER_AGE", "under age")));
    return cases;
  }
}

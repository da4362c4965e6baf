package org.kofu.standalone.canary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.kofu.core.certificate.CertificateType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Chooses in the demo data the relay's canary test person ({@code
 * kofu.relay.canary.persons.<TYPE>}, issue 27): one resident every type can be issued for, so that
 * a canary run issues each type for the same person. In SQL both H2 and PostgreSQL run (the demo's
 * existing systems on either, both schemas in one database): an ACTIVE Japanese adult ({@value
 * #ADULT_YEARS} or older, no move-out notified) whose household has no move-out notified and no
 * restriction, with an active seal (印鑑), a tax record of the latest 年度 and a place in a CURRENT 戸籍
 * without a 附票 restriction; then, here, nothing in the household's or the 戸籍's texts that only a 外字
 * row or no font draws (Private Use Area, planes 1 to 16: the conservative choice, IVS included).
 */
public final class CanaryPersons {

  static final int ADULT_YEARS = 20;

  private static final String CANDIDATES =
      """
      SELECT j.juminhyo_code, j.atena_no, j.setai_no FROM madoguchi.jumin j
      WHERE j.status = 'ACTIVE' AND j.kokuseki IS NULL AND j.tenshutsu_yotei_date IS NULL
        AND j.birth_date <= :adult
        AND NOT EXISTS (SELECT 1 FROM madoguchi.jumin h WHERE h.setai_no = j.setai_no
          AND (h.tenshutsu_yotei_date IS NOT NULL
            OR EXISTS (SELECT 1 FROM madoguchi.kofu_seigen s WHERE s.atena_no = h.atena_no)))
        AND EXISTS (SELECT 1 FROM madoguchi.inkan i WHERE i.atena_no = j.atena_no
          AND i.status = 'ACTIVE')
        AND EXISTS (SELECT 1 FROM madoguchi.shotoku_kazei t WHERE t.atena_no = j.atena_no
          AND t.nendo = (SELECT MAX(m.nendo) FROM madoguchi.shotoku_kazei m))
        AND EXISTS (SELECT 1 FROM koseki.kojin k JOIN koseki.koseki r ON r.koseki_id = k.koseki_id
          WHERE k.atena_no = j.atena_no AND k.joseki = FALSE AND r.status = 'CURRENT'
            AND NOT EXISTS (SELECT 1 FROM koseki.fuhyo_seigen f WHERE f.koseki_id = r.koseki_id))
      ORDER BY j.atena_no
      """;

  private static final String HOUSEHOLD_TEXTS =
      "SELECT shimei, kyushi, tsusho, address, katagaki, prev_address, honseki, hittosha"
          + " FROM madoguchi.jumin WHERE setai_no = ?";

  private static final String REGISTER_TEXTS =
      """
      SELECT r.honseki, r.hittosha, m.shimei, m.father, m.mother
      FROM koseki.kojin k JOIN koseki.koseki r ON r.koseki_id = k.koseki_id
      JOIN koseki.kojin m ON m.koseki_id = r.koseki_id
      WHERE k.atena_no = ? AND k.joseki = FALSE AND r.status = 'CURRENT'
      """;

  private static final String REGISTER_ENTRIES =
      """
      SELECT e.detail FROM koseki.kojin k JOIN koseki.jiko e ON e.koseki_id = k.koseki_id
      WHERE k.atena_no = ? AND k.joseki = FALSE
      UNION ALL
      SELECT a.address FROM koseki.kojin k JOIN koseki.fuhyo a ON a.koseki_id = k.koseki_id
      WHERE k.atena_no = ? AND k.joseki = FALSE
      """;

  private final JdbcClient legacy;

  /**
   * @param legacy both existing systems' schemas ({@code madoguchi}, {@code koseki}) in one
   *     database
   */
  public CanaryPersons(DataSource legacy) {
    this.legacy = JdbcClient.create(legacy);
  }

  /** The 住民票コード of the test person of every type, in type order; empty when none fits. */
  public Map<CertificateType, String> choose(LocalDate today) {
    return person(today)
        .map(
            code -> {
              Map<CertificateType, String> persons = new TreeMap<>();
              for (CertificateType type : CertificateType.values()) {
                persons.put(type, code);
              }
              return persons;
            })
        .orElse(Map.of());
  }

  private Optional<String> person(LocalDate today) {
    List<Candidate> candidates =
        legacy
            .sql(CANDIDATES)
            .param("adult", today.minusYears(ADULT_YEARS))
            .query((rs, n) -> new Candidate(rs.getString(1).trim(), rs.getLong(2), rs.getLong(3)))
            .list();
    return candidates.stream().filter(this::printable).map(Candidate::code).findFirst();
  }

  private boolean printable(Candidate c) {
    List<String> texts = new ArrayList<>();
    legacy
        .sql(HOUSEHOLD_TEXTS)
        .param(c.setaiNo())
        .query(
            rs -> {
              for (int i = 1; i <= 8; i++) {
                texts.add(rs.getString(i));
              }
            });
    legacy
        .sql(REGISTER_TEXTS)
        .param(c.atenaNo())
        .query(
            rs -> {
              for (int i = 1; i <= 5; i++) {
                texts.add(rs.getString(i));
              }
            });
    texts.addAll(
        legacy.sql(REGISTER_ENTRIES).params(c.atenaNo(), c.atenaNo()).query(String.class).list());
    return texts.stream().allMatch(CanaryPersons::plain);
  }

  /** No Private Use Area character (外字) and nothing beyond the BMP (IVS, Extension B and on). */
  static boolean plain(String text) {
    return text == null
        || text.codePoints().noneMatch(cp -> (cp >= 0xE000 && cp <= 0xF8FF) || cp > 0xFFFF);
  }

  private record Candidate(String code, long atenaNo, long setaiNo) {}
}

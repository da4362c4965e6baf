package org.kofu.batch.testing;

import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The test's own reads of the legacy tables: the expected eligible set, written independently. */
public final class Legacy {

  private final JdbcClient jdbc;

  public Legacy(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  public JdbcClient jdbc() {
    return jdbc;
  }

  public List<Long> activeResidents() {
    return jdbc.sql(
            "SELECT atena_no FROM madoguchi.jumin WHERE status = 'ACTIVE' ORDER BY atena_no")
        .query(Long.class)
        .list();
  }

  /**
   * Residents who may have a 住民票 SELF (with the householder) today: ACTIVE, 15 or older, no
   * move-out, no restriction of theirs for the type, and no 支援措置 (either system) of theirs or of
   * the householder the 住民票 names.
   */
  public List<Long> eligibleForJuminhyo(LocalDate today) {
    return jdbc.sql(
            """
            SELECT j.atena_no FROM madoguchi.jumin j
            WHERE j.status = 'ACTIVE' AND j.tenshutsu_yotei_date IS NULL
              AND j.birth_date <= :born
              AND NOT EXISTS (SELECT 1 FROM madoguchi.kofu_seigen s
                WHERE ((s.atena_no = j.atena_no
                    AND (s.cert_type IS NULL OR s.cert_type = 'JUMINHYO'
                      OR s.reason = 'DV_SUPPORT'))
                  OR (s.atena_no = (SELECT h.setainushi_atena_no FROM madoguchi.setai h
                      WHERE h.setai_no = j.setai_no) AND s.reason = 'DV_SUPPORT'))
                  AND s.valid_from <= :today AND (s.valid_to IS NULL OR s.valid_to >= :today))
              AND NOT EXISTS (SELECT 1 FROM koseki.fuhyo_seigen f JOIN koseki.kojin k
                  ON k.koseki_id = f.koseki_id AND k.kojin_no = f.kojin_no
                WHERE f.reason = 'DV_SUPPORT'
                  AND (k.atena_no = j.atena_no OR k.atena_no = (SELECT h.setainushi_atena_no
                    FROM madoguchi.setai h WHERE h.setai_no = j.setai_no))
                  AND f.valid_from <= :today AND (f.valid_to IS NULL OR f.valid_to >= :today))
            ORDER BY j.atena_no
            """)
        .param("born", today.minusYears(15))
        .param("today", today)
        .query(Long.class)
        .list();
  }
}

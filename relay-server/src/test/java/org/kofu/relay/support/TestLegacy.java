package org.kofu.relay.support;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.tools.Server;
import org.kofu.cache.testing.TestCluster;
import org.kofu.demodata.generate.DemoDataGenerator;
import org.kofu.demodata.generate.GeneratorSettings;
import org.kofu.demodata.load.DemoDataLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The existing systems on H2 in memory, filled once per test JVM with generated demo data; tests
 * pick people by what they need and change their rows through {@link #jdbc()}.
 */
public final class TestLegacy {

  public static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  private static final String NAME = "legacy-" + UUID.randomUUID();
  private static final String EMBEDDED_URL = "jdbc:h2:mem:" + NAME + ";DB_CLOSE_DELAY=-1";
  private static final int PORT = TestCluster.freePort();

  /** What the relay connects to: a TCP server, so tests can stop the existing systems. */
  public static final String URL = "jdbc:h2:tcp://127.0.0.1:" + PORT + "/mem:" + NAME;

  private static final DataSource DATA_SOURCE = load();
  private static Server server = startServer();
  // held open so that the in-memory database outlives the stops of the TCP server
  private static final java.sql.Connection KEEP_OPEN = keepOpen();
  private static final List<String> ISSUABLE_ADULTS = List.copyOf(queryIssuableAdults());

  private TestLegacy() {}

  private static java.sql.Connection keepOpen() {
    try {
      return DATA_SOURCE.getConnection();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Server startServer() {
    try {
      return Server.createTcpServer("-tcpPort", Integer.toString(PORT), "-ifNotExists").start();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The existing systems stop answering (the data stays, in this JVM). */
  public static synchronized void stop() {
    server.stop();
  }

  public static synchronized void restart() {
    server = startServer();
  }

  private static DataSource load() {
    DataSource dataSource = new DriverManagerDataSource(EMBEDDED_URL, "sa", "");
    try {
      DemoDataLoader.of(dataSource)
          .load(
              dataSource, new DemoDataGenerator(new GeneratorSettings(420, 12025L, TODAY)), false);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    return dataSource;
  }

  /** The existing systems as the load driver reads them (in this JVM, whatever the TCP server). */
  public static DataSource dataSource() {
    return DATA_SOURCE;
  }

  public static JdbcTemplate jdbc() {
    return new JdbcTemplate(DATA_SOURCE);
  }

  /**
   * Adults with every record a kiosk can certify (ACTIVE seal, tax years, a current 戸籍), no
   * restriction of theirs or of the householder their 住民票 names, and no move-out notified, as
   * loaded, one per household; each test takes its own index so that tests changing rows do not
   * interfere.
   */
  public static List<String> issuableAdults() {
    return ISSUABLE_ADULTS;
  }

  private static List<String> queryIssuableAdults() {
    // one adult per household: a test that restricts its person then never refuses another
    // test's 住民票, which names the householder
    java.util.Set<Long> households =
        new org.kofu.kiosk.load.PersonSnapshots(DATA_SOURCE).householdsNotPrintedAsStored();
    // and none whose texts print otherwise than stored (外字): tests compare them with the rows
    return jdbc()
        .query(
            "SELECT j.juminhyo_code, j.setai_no FROM madoguchi.jumin j WHERE j.status = 'ACTIVE'"
                + " AND j.tenshutsu_yotei_date IS NULL AND j.birth_date < DATE '1990-01-01'"
                + " AND NOT EXISTS (SELECT 1 FROM madoguchi.kofu_seigen s"
                + "   WHERE s.atena_no = j.atena_no OR s.atena_no = (SELECT h.setainushi_atena_no"
                + "   FROM madoguchi.setai h WHERE h.setai_no = j.setai_no))"
                + " AND EXISTS (SELECT 1 FROM madoguchi.inkan i"
                + "   WHERE i.atena_no = j.atena_no AND i.status = 'ACTIVE')"
                + " AND EXISTS (SELECT 1 FROM madoguchi.shotoku_kazei t"
                + "   WHERE t.atena_no = j.atena_no)"
                + " AND EXISTS (SELECT 1 FROM koseki.kojin k JOIN koseki.koseki r"
                + "   ON r.koseki_id = k.koseki_id WHERE k.atena_no = j.atena_no"
                + "   AND k.joseki = FALSE AND r.status = 'CURRENT')"
                + " ORDER BY j.atena_no",
            (rs, n) -> households.add(rs.getLong(2)) ? rs.getString(1) : null)
        .stream()
        .filter(java.util.Objects::nonNull)
        .toList();
  }

  /** A resident under 15, ACTIVE and without restriction. */
  public static String child() {
    return jdbc()
        .queryForList(
            "SELECT juminhyo_code FROM madoguchi.jumin WHERE status = 'ACTIVE'"
                + " AND birth_date > DATE '2013-01-01' AND tenshutsu_yotei_date IS NULL"
                + " ORDER BY atena_no",
            String.class)
        .get(0);
  }

  public static long atenaNo(String juminhyoCode) {
    return jdbc()
        .queryForObject(
            "SELECT atena_no FROM madoguchi.jumin WHERE juminhyo_code = ?",
            Long.class,
            juminhyoCode);
  }

  /** A DV_SUPPORT restriction of every certificate of the person, valid from the tests' today. */
  public static void restrict(long atenaNo) {
    jdbc()
        .update(
            "INSERT INTO madoguchi.kofu_seigen (seigen_id, atena_no, cert_type, reason, valid_from)"
                + " VALUES (?, ?, NULL, 'DV_SUPPORT', DATE '2026-11-25')",
            900_000_000L + atenaNo,
            atenaNo);
  }

  /** Every name and 住民票コード of the demo data, for the log scan. */
  public static List<String> personalStrings() {
    return jdbc()
        .queryForList(
            "SELECT shimei FROM madoguchi.jumin UNION SELECT juminhyo_code FROM madoguchi.jumin"
                + " UNION SELECT address FROM madoguchi.jumin",
            String.class);
  }
}

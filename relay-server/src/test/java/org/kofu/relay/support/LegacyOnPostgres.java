package org.kofu.relay.support;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kofu.demodata.generate.DemoDataGenerator;
import org.kofu.demodata.generate.GeneratorSettings;
import org.kofu.demodata.load.DemoDataLoader;
import org.kofu.testsupport.ScratchPostgres;

/**
 * The existing systems on a scratch PostgreSQL database of their own (the shared DDL, its triggers
 * journaling the changes) filled with generated demo data as of {@link TestLegacy#TODAY}, and the
 * properties that point a relay's two sources (madoguchi, koseki) at it.
 */
public final class LegacyOnPostgres {

  private static final List<String> SOURCES = List.of("madoguchi", "koseki");

  private LegacyOnPostgres() {}

  /**
   * A new database with {@code residents} residents generated from {@code seed}; dropped again when
   * the load fails, so that the caller closes only what it was given.
   */
  public static ScratchPostgres create(int residents, long seed) throws SQLException {
    ScratchPostgres legacy = ScratchPostgres.create();
    try {
      DemoDataLoader.of(legacy.dataSource())
          .load(
              legacy.dataSource(),
              new DemoDataGenerator(new GeneratorSettings(residents, seed, TestLegacy.TODAY)),
              false);
      return legacy;
    } catch (SQLException | RuntimeException e) {
      try {
        legacy.close();
      } catch (SQLException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }

  /** A relay's properties reading both existing systems from {@code legacy}. */
  public static Map<String, String> properties(ScratchPostgres legacy) {
    return properties(legacy, legacy.url());
  }

  /**
   * As {@link #properties(ScratchPostgres)}, reached at {@code url} instead (a proxy in front of
   * it).
   */
  public static Map<String, String> properties(ScratchPostgres legacy, String url) {
    Map<String, String> p = new HashMap<>();
    for (String source : SOURCES) {
      p.put("kofu.legacy." + source + ".url", url);
      p.put("kofu.legacy." + source + ".username", legacy.user());
    }
    return p;
  }
}

package org.kofu.ops.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The existing systems' databases may be Oracle (docs/oracle.md). certificate-core's readers are
 * run on H2's Oracle mode (ReadersOracleModeTests); the other roles read a few things from those
 * databases too (the batch's change journals, partition bounds and sweeps; the admin's person
 * search). This check reads the SQL literals of every class outside certificate-core that names a
 * legacy table and refuses syntax Oracle does not run.
 */
class LegacySqlPortabilityTests {

  /**
   * standalone is left out: it reads only the H2 demo copy it loads itself, never a city's. The
   * kiosk's load driver reads and changes the copy it is pointed at, which may be on any engine.
   */
  private static final List<String> MODULES =
      List.of("batch-jobs", "relay-server", "vaadin-admin", "cache-cluster", "kiosk");

  private static final Pattern LEGACY_TABLE =
      Pattern.compile("\"[^\"]*\\b(madoguchi|koseki)\\.\\w+");
  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern SQL =
      Pattern.compile("(?i)\\b(SELECT|FROM|WHERE|JOIN|ORDER BY|CAST)\\b");

  /** Accepted by PostgreSQL and H2 (often in Oracle mode too), refused by Oracle. */
  private static final Pattern NOT_ORACLE =
      Pattern.compile(
          "(?i)\\bLIMIT\\b|\\bOFFSET\\b|\\bILIKE\\b|::|\\bRETURNING\\b|\\bTRUE\\b|\\bFALSE\\b"
              + "|\\bNOW\\s*\\(|\\bIFNULL\\b|\\bAS\\s+(BIGINT|BOOLEAN|TEXT|SERIAL)\\b"
              + "|\\bFROM\\s+\\w+(\\.\\w+)?\\s+AS\\s+\\w+|`");

  @Test
  void legacySqlOutsideTheReadersRunsOnOracle() throws IOException {
    List<String> fragments = new ArrayList<>();
    for (String module : MODULES) {
      Path sources = Repo.path(module + "/src/main/java");
      if (!Files.isDirectory(sources)) {
        continue;
      }
      for (Path file : Repo.files(module + "/src/main/java")) {
        String java = Files.readString(file);
        if (!file.toString().endsWith(".java") || !LEGACY_TABLE.matcher(java).find()) {
          continue;
        }
        Matcher literal = LITERAL.matcher(java);
        while (literal.find()) {
          if (SQL.matcher(literal.group(1)).find()) {
            fragments.add(Repo.root().relativize(file) + ": " + literal.group(1));
          }
        }
      }
    }
    assertThat(fragments).as("legacy SQL found outside certificate-core").hasSizeGreaterThan(8);
    assertThat(fragments).filteredOn(f -> NOT_ORACLE.matcher(f).find()).isEmpty();
  }

  @Test
  void theCheckRefusesWhatOracleRefuses() {
    assertThat(
            List.of(
                "SELECT seq, CAST(NULL AS BIGINT) FROM koseki.change_journal",
                "SELECT atena_no FROM madoguchi.jumin LIMIT 1",
                "WHERE joseki = FALSE",
                "SELECT j.atena_no FROM madoguchi.jumin AS j",
                "SELECT changed_at::date FROM madoguchi.change_journal"))
        .allMatch(sql -> NOT_ORACLE.matcher(sql).find());
    assertThat(NOT_ORACLE.matcher("SELECT seq, NULLIF(seq, seq) FROM x WHERE a = ?"))
        .matches(m -> !m.find());
  }
}

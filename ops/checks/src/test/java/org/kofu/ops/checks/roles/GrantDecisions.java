package org.kofu.ops.checks.roles;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which tables of a migrated, granted project database have no decision in the grant script: no
 * application role holds a privilege on them (table or column) and the script's "no role" REVOKE
 * ({@code REVOKE ALL ON TABLE a, b FROM ...}) does not name them.
 */
final class GrantDecisions {

  private static final Pattern NO_ROLE =
      Pattern.compile(
          "REVOKE\\s+ALL\\s+ON\\s+TABLE\\s+([a-z0-9_,\\s]+?)\\s+FROM", Pattern.CASE_INSENSITIVE);

  private GrantDecisions() {}

  static Set<String> undecided(DataSource owner, String script) {
    JdbcTemplate jdbc = new JdbcTemplate(owner);
    List<String> tables =
        jdbc.queryForList(
            "SELECT lower(table_name) FROM information_schema.tables"
                + " WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
            String.class);
    Set<String> granted =
        new TreeSet<>(
            jdbc.queryForList(
                "SELECT lower(table_name) FROM information_schema.role_table_grants"
                    + " WHERE table_schema = 'public' AND grantee IN (?, ?, ?)"
                    + " UNION SELECT lower(table_name) FROM information_schema.column_privileges"
                    + " WHERE table_schema = 'public' AND grantee IN (?, ?, ?)",
                String.class,
                roles()));
    Set<String> undecided = new TreeSet<>(tables);
    undecided.removeAll(granted);
    undecided.removeAll(noRole(script));
    return undecided;
  }

  static Set<String> noRole(String script) {
    Set<String> named = new TreeSet<>();
    Matcher matcher = NO_ROLE.matcher(script);
    while (matcher.find()) {
      for (String table : matcher.group(1).split(",")) {
        named.add(table.strip().toLowerCase(Locale.ROOT));
      }
    }
    return named;
  }

  private static Object[] roles() {
    List<String> apps = ProjectDbRoles.APPLICATIONS;
    return new Object[] {
      apps.get(0), apps.get(1), apps.get(2), apps.get(0), apps.get(1), apps.get(2)
    };
  }
}

package org.kofu.core.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kofu.core.legacy.koseki.KosekiReader;
import org.kofu.core.legacy.madoguchi.MadoguchiReader;

/** The readers' SQL stays standard: what Oracle, PostgreSQL and H2 all run. */
class SqlPortabilityTests {

  private static final Pattern ENGINE_SPECIFIC =
      Pattern.compile(
          "(?i)\\bLIMIT\\b|\\bOFFSET\\b|\\bFETCH\\s+FIRST\\b|\\bTOP\\s+\\d|\\bROWNUM\\b|\\bILIKE\\b"
              + "|::|\\bRETURNING\\b|\\bTRUE\\b|\\bFALSE\\b|\\bNOW\\s*\\(|\\bNVL\\b|\\bIFNULL\\b"
              + "|\\bSYSDATE\\b|\\bDUAL\\b|\\bSERIAL\\b|\"|`|\\$\\d|\\?");

  @Test
  void readersSqlHasNoEngineSpecificSyntax() throws Exception {
    List<String> statements = new ArrayList<>();
    statements.addAll(sql(MadoguchiReader.class));
    statements.addAll(sql(KosekiReader.class));

    assertThat(statements).hasSizeGreaterThan(20);
    assertThat(statements).noneMatch(s -> ENGINE_SPECIFIC.matcher(s).find());
    assertThat(statements).allMatch(s -> s.startsWith("SELECT ") || !s.contains("FROM"));
  }

  /** Oracle SQL Reference, "Oracle SQL Reserved Words": not usable as unquoted identifiers. */
  private static final Set<String> ORACLE_RESERVED =
      Set.of(
          "ACCESS",
          "ADD",
          "ALL",
          "ALTER",
          "AND",
          "ANY",
          "AS",
          "ASC",
          "AUDIT",
          "BETWEEN",
          "BY",
          "CHAR",
          "CHECK",
          "CLUSTER",
          "COLUMN",
          "COMMENT",
          "COMPRESS",
          "CONNECT",
          "CREATE",
          "CURRENT",
          "DATE",
          "DECIMAL",
          "DEFAULT",
          "DELETE",
          "DESC",
          "DISTINCT",
          "DROP",
          "ELSE",
          "EXCLUSIVE",
          "EXISTS",
          "FILE",
          "FLOAT",
          "FOR",
          "FROM",
          "GRANT",
          "GROUP",
          "HAVING",
          "IDENTIFIED",
          "IMMEDIATE",
          "IN",
          "INCREMENT",
          "INDEX",
          "INITIAL",
          "INSERT",
          "INTEGER",
          "INTERSECT",
          "INTO",
          "IS",
          "LEVEL",
          "LIKE",
          "LOCK",
          "LONG",
          "MAXEXTENTS",
          "MINUS",
          "MLSLABEL",
          "MODE",
          "MODIFY",
          "NOAUDIT",
          "NOCOMPRESS",
          "NOT",
          "NOWAIT",
          "NULL",
          "NUMBER",
          "OF",
          "OFFLINE",
          "ON",
          "ONLINE",
          "OPTION",
          "OR",
          "ORDER",
          "PCTFREE",
          "PRIOR",
          "PUBLIC",
          "RAW",
          "RENAME",
          "RESOURCE",
          "REVOKE",
          "ROW",
          "ROWID",
          "ROWNUM",
          "ROWS",
          "SELECT",
          "SESSION",
          "SET",
          "SHARE",
          "SIZE",
          "SMALLINT",
          "START",
          "SUCCESSFUL",
          "SYNONYM",
          "SYSDATE",
          "TABLE",
          "THEN",
          "TO",
          "TRIGGER",
          "UID",
          "UNION",
          "UNIQUE",
          "UPDATE",
          "USER",
          "VALIDATE",
          "VALUES",
          "VARCHAR",
          "VARCHAR2",
          "VIEW",
          "WHENEVER",
          "WHERE",
          "WITH");

  @Test
  void readersNameNoOracleReservedWordAndNoIdentifierLongerThanThirtyBytes() throws Exception {
    // the readers write keywords in upper case and identifiers in lower case
    List<String> identifiers = new ArrayList<>();
    for (String s : concat(sql(MadoguchiReader.class), sql(KosekiReader.class))) {
      String outsideLiterals = s.replaceAll("'[^']*'|:[a-z]+", " ");
      for (String word : outsideLiterals.split("[^a-z_]+")) {
        if (!word.isEmpty()) {
          identifiers.add(word);
        }
      }
    }

    assertThat(identifiers).contains("version", "status", "seq", "address", "detail");
    assertThat(identifiers)
        .noneMatch(w -> ORACLE_RESERVED.contains(w.toUpperCase(Locale.ROOT)))
        .allMatch(w -> w.length() <= 30);
  }

  @Test
  void theCheckCatchesWhatItLooksFor() {
    assertThat(ENGINE_SPECIFIC.matcher("SELECT a FROM t LIMIT 1").find()).isTrue();
    assertThat(ENGINE_SPECIFIC.matcher("SELECT a FROM t WHERE b = TRUE").find()).isTrue();
    assertThat(ENGINE_SPECIFIC.matcher("SELECT a::text FROM t").find()).isTrue();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /** Every SQL text a reader holds: its String constants and the values of its Map constants. */
  private static List<String> sql(Class<?> reader) throws IllegalAccessException {
    List<String> out = new ArrayList<>();
    for (Field f : reader.getDeclaredFields()) {
      if (!Modifier.isStatic(f.getModifiers())) {
        continue;
      }
      f.setAccessible(true);
      Object v = f.get(null);
      if (v instanceof String s) {
        out.add(s);
      } else if (v instanceof Map<?, ?> m) {
        m.values().forEach(x -> out.add((String) x));
      }
    }
    return out;
  }
}

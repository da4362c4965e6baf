package org.kofu.core.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

  @Test
  void theCheckCatchesWhatItLooksFor() {
    assertThat(ENGINE_SPECIFIC.matcher("SELECT a FROM t LIMIT 1").find()).isTrue();
    assertThat(ENGINE_SPECIFIC.matcher("SELECT a FROM t WHERE b = TRUE").find()).isTrue();
    assertThat(ENGINE_SPECIFIC.matcher("SELECT a::text FROM t").find()).isTrue();
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

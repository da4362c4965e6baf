package org.kofu.projectdb.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OperatorMappingTests {

  private final OperatorMapping mapping =
      OperatorMapping.of(Map.of("SEJ-", "SEJ", "LAW-", "LAWSON", "LAW-HK", "LAWSON_HK"));

  @Test
  void theLongestMatchingPrefixWins() {
    assertThat(mapping.operatorOf("SEJ-0001")).isEqualTo("SEJ");
    assertThat(mapping.operatorOf("LAW-0001")).isEqualTo("LAWSON");
    assertThat(mapping.operatorOf("LAW-HK01")).isEqualTo("LAWSON_HK");
  }

  @Test
  void aKioskNoPrefixMatchesBelongsToUnknown() {
    assertThat(mapping.operatorOf("FM-0001")).isEqualTo(OperatorMapping.UNKNOWN);
    assertThat(mapping.operatorOf("SEJ")).isEqualTo(OperatorMapping.UNKNOWN);
    assertThat(mapping.operatorOf(null)).isEqualTo(OperatorMapping.UNKNOWN);
    assertThat(OperatorMapping.of(Map.of()).operatorOf("SEJ-1")).isEqualTo("UNKNOWN");
  }
}

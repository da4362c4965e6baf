package org.kofu.projectdb.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanonicalTests {

  @Test
  void fieldBoundariesCannotBeShifted() {
    assertThat(Canonical.of(List.of("a;b", "c"))).isNotEqualTo(Canonical.of(List.of("a", "b;c")));
  }

  @Test
  void nullDiffersFromTheEmptyText() {
    assertThat(Canonical.of(Arrays.asList((Object) null))).isNotEqualTo(Canonical.of(List.of("")));
  }
}

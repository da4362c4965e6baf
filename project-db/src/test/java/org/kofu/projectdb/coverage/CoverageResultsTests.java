package org.kofu.projectdb.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kofu.projectdb.TestDatabases;

class CoverageResultsTests {

  private final CoverageResults results = new CoverageResults(TestDatabases.h2());
  private final Instant at = Instant.parse("2026-12-06T18:00:00Z");

  @Test
  void aScanIsSeenOnlyOnceCompletedWithPersonsCountedOnceAndGaijiOnlyApart() {
    results.start(7, at);
    results.add(
        7,
        List.of(
            finding("madoguchi", "jumin", "A1", null, "UNPRINTABLE", "U+E003"),
            finding("madoguchi", "jumin", "A1", null, "UNPRINTABLE", "U+30000"),
            finding("madoguchi", "jumin", "A1", null, "GAIJI", "U+E001"),
            finding("madoguchi", "jumin", "A2", null, "GAIJI", "U+E001"),
            finding("koseki", "koseki", null, 45L, "UNPRINTABLE", "U+E009"),
            finding("koseki", "kojin", "K46-1", 46L, "GAIJI", "U+E001")));
    assertThat(results.latest()).isEmpty();

    CoverageScan scan =
        results.complete(
            7,
            List.of(
                new CoverageCount("madoguchi", CoverageCount.PERSON, 150, 0, 0),
                new CoverageCount("koseki", CoverageCount.REGISTER, 60, 0, 0),
                new CoverageCount("koseki", CoverageCount.PERSON, 200, 0, 0)),
            at.plusSeconds(30));

    assertThat(scan.scanId()).isEqualTo(7);
    assertThat(scan.counts())
        .containsExactlyInAnyOrder(
            new CoverageCount("madoguchi", "PERSON", 150, 1, 1),
            new CoverageCount("koseki", "REGISTER", 60, 1, 1),
            new CoverageCount("koseki", "PERSON", 200, 0, 1));
    assertThat(scan.unprintablePersons("madoguchi")).isEqualTo(1);
    assertThat(results.findings(7))
        .extracting(CoverageFinding::codePoints)
        .containsExactly("U+E003", "U+30000", "U+E001", "U+E001", "U+E009", "U+E001");
  }

  private static CoverageFinding finding(
      String system, String table, String person, Long register, String kind, String cp) {
    return new CoverageFinding(
        system, table, "1", person, register, null, "shimei", kind, cp, null, null, null);
  }
}

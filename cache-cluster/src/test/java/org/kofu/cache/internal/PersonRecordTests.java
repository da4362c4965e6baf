package org.kofu.cache.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PersonRecordTests {

  private static final Lifetimes LIFETIMES = new Lifetimes(0, 3600);
  private static final String SUBJECT = "A1|JUMINHYO|scope=SELF";
  private static final String OTHER_SUBJECT = "A1|INKAN|scope=-";

  static StoredBody body(String subject, long juminVersion, long madeAt) {
    return new StoredBody(
        subject,
        new TreeMap<>(Map.of("madoguchi.jumin:1", juminVersion, "madoguchi.setai:9", 3L)),
        madeAt,
        "k1",
        "none",
        new byte[12],
        new byte[] {1, 2, 3});
  }

  @Test
  void aLateWriteOfDataOlderThanAnInvalidationIsRefused() {
    TestEntry entry = new TestEntry("A1", null);
    new PutBody(body(SUBJECT, 7, 100), LIFETIMES).process(entry);

    int dropped =
        new Invalidate("", Watermark.ofRows(Map.of("madoguchi.jumin:1", 8L)), LIFETIMES)
            .process(entry);
    String late = new PutBody(body(SUBJECT, 7, 200), LIFETIMES).process(entry);

    assertThat(dropped).isEqualTo(1);
    assertThat(late).isEqualTo("REFUSED_INVALIDATED");
    assertThat(entry.getValue().bodies()).isEmpty();
    assertThat(entry.ttlSeconds).as("a tombstone expires").isEqualTo(3600);
    assertThat(new PutBody(body(SUBJECT, 8, 300), LIFETIMES).process(entry)).isEqualTo("STORED");
  }

  @Test
  void aBodyFromOlderDataNeverReplacesOneFromNewerData() {
    TestEntry entry = new TestEntry("A1", null);
    new PutBody(body(SUBJECT, 8, 100), LIFETIMES).process(entry);

    String older = new PutBody(body(SUBJECT, 7, 500), LIFETIMES).process(entry);

    assertThat(older).isEqualTo("REFUSED_OLDER_THAN_CACHED");
    assertThat(entry.getValue().body(SUBJECT).orElseThrow().sources())
        .containsEntry("madoguchi.jumin:1", 8L);
  }

  @Test
  void aPersonsBodiesAreDecidedOneByOneInOneWrite() {
    TestEntry entry = new TestEntry("A1", null);
    new PutBody(body(SUBJECT, 8, 100), LIFETIMES).process(entry);
    new Invalidate("", Watermark.ofRows(Map.of("madoguchi.setai:9", 4L)), LIFETIMES).process(entry);
    StoredBody stale = body(OTHER_SUBJECT, 9, 200);
    StoredBody fresh =
        new StoredBody(
            SUBJECT,
            new TreeMap<>(Map.of("madoguchi.jumin:1", 9L, "madoguchi.setai:9", 4L)),
            300,
            "k1",
            "none",
            new byte[12],
            new byte[] {4});

    String answer = new PutBody(java.util.List.of(stale, fresh), LIFETIMES).process(entry);

    assertThat(answer).isEqualTo("REFUSED_INVALIDATED,STORED");
    assertThat(PutBody.decisions(answer))
        .containsExactly(PutBody.Decision.REFUSED_INVALIDATED, PutBody.Decision.STORED);
    assertThat(entry.getValue().bodies()).containsExactly(fresh);
  }

  @Test
  void evictingAPersonRefusesEveryBodyReadUntilThen() {
    TestEntry entry = new TestEntry("A1", null);
    new PutBody(body(SUBJECT, 7, 100), LIFETIMES).process(entry);
    new PutBody(body(OTHER_SUBJECT, 7, 100), LIFETIMES).process(entry);

    int dropped = new Invalidate("", Watermark.ofFloor(150), LIFETIMES).process(entry);

    assertThat(dropped).isEqualTo(2);
    assertThat(new PutBody(body(SUBJECT, 9, 150), LIFETIMES).process(entry))
        .isEqualTo("REFUSED_INVALIDATED");
    assertThat(new PutBody(body(SUBJECT, 9, 151), LIFETIMES).process(entry)).isEqualTo("STORED");
  }

  @Test
  void mergeNeverBringsBackABodyInvalidatedOnTheOtherSide() {
    PersonRecord stale = PersonRecord.EMPTY.with(body(SUBJECT, 7, 100));
    PersonRecord invalidated = stale.raise(Watermark.ofRows(Map.of("madoguchi.jumin:1", 8L)));

    PersonRecord oneWay = PersonRecord.merge(invalidated, stale);
    PersonRecord otherWay = PersonRecord.merge(stale, invalidated);

    assertThat(oneWay.bodies()).isEmpty();
    assertThat(otherWay).isEqualTo(oneWay);
    assertThat(oneWay.watermark().rows()).containsEntry("madoguchi.jumin:1", 8L);
  }

  @Test
  void mergeKeepsPerSubjectTheBodyFromNewerDataAndDropsConflictingOnes() {
    StoredBody newer = body(SUBJECT, 8, 100);
    StoredBody conflicting =
        new StoredBody(
            OTHER_SUBJECT,
            new TreeMap<>(Map.of("r:1", 2L, "r:2", 1L)),
            1,
            "k1",
            "none",
            new byte[12],
            new byte[0]);
    StoredBody otherConflicting =
        new StoredBody(
            OTHER_SUBJECT,
            new TreeMap<>(Map.of("r:1", 1L, "r:2", 2L)),
            1,
            "k1",
            "none",
            new byte[12],
            new byte[0]);
    PersonRecord left = PersonRecord.EMPTY.with(body(SUBJECT, 7, 100)).with(conflicting);
    PersonRecord right = PersonRecord.EMPTY.with(newer).with(otherConflicting);

    PersonRecord merged = PersonRecord.merge(left, right);

    assertThat(merged.bodies()).containsExactly(newer);
  }
}

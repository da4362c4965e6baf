package org.kofu.projectdb.settlement;

import java.time.Instant;
import java.util.Objects;

/**
 * A change found in a closed day after its close: a line whose counts moved ({@code sealed} as
 * closed, {@code now} as counted again), one that appeared ({@code sealed} null) or vanished
 * ({@code now} null), or the stored counts no longer matching their seal (both null, operator and
 * type {@value #ANY}).
 */
public record ClosedDayChange(
    SettlementKey key, Kind kind, Instant foundAt, DayCount sealed, DayCount now) {

  /** The operator and type of a {@link Kind#SEAL_BROKEN} change: the whole day. */
  public static final String ANY = "*";

  /** What changed. */
  public enum Kind {
    CHANGED,
    APPEARED,
    VANISHED,
    SEAL_BROKEN
  }

  /** Whether this is the same finding as {@code other}, whenever either was found. */
  boolean sameAs(ClosedDayChange other) {
    return key.equals(other.key)
        && kind == other.kind
        && Objects.equals(now, other.now)
        && Objects.equals(sealed, other.sealed);
  }
}

package org.kofu.projectdb.settlement;

import java.time.Instant;
import java.util.Objects;

/**
 * A certificate type's fee per copy from {@code effectiveFrom} on, until a later row of the same
 * type.
 */
public record DatedFee(String certificateType, Instant effectiveFrom, int feeYen) {

  public DatedFee {
    Objects.requireNonNull(certificateType, "certificateType");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    if (feeYen < 0) {
      throw new IllegalArgumentException("a fee is never negative: " + feeYen);
    }
  }
}

package org.kofu.demodata.generate;

import java.time.LocalDate;
import java.util.random.RandomGenerator;

/** 交付制限 for about 0.5% of residents: DV等支援措置, a lost card, or the person's own request. */
final class RestrictionWriter {

  private static final String[] SELF_REQUEST_TYPES = {"INKAN", "JUMINHYO", "SHOTOKU_KAZEI"};

  private final LocalDate today;

  RestrictionWriter(LocalDate today) {
    this.today = today;
  }

  void write(Member m, Ids ids, RandomGenerator rng, RowSink sink) {
    if (rng.nextDouble() >= 0.005) {
      return;
    }
    double r = rng.nextDouble();
    String reason = r < 0.4 ? "DV_SUPPORT" : r < 0.7 ? "CARD_LOST" : "SELF_REQUEST";
    String certType =
        "SELF_REQUEST".equals(reason)
            ? SELF_REQUEST_TYPES[rng.nextInt(SELF_REQUEST_TYPES.length)]
            : null;
    LocalDate from = today.minusDays(1 + rng.nextInt(900));
    LocalDate to;
    if (rng.nextDouble() < 0.25) {
      to = Residence.between(rng, from, today.minusDays(1));
    } else {
      // DV support runs a year at a time; the others stay until lifted
      to = "DV_SUPPORT".equals(reason) ? today.plusDays(1 + rng.nextInt(365)) : null;
    }
    sink.accept(
        LegacyTable.KOFU_SEIGEN,
        new Object[] {ids.seigen(), m.atenaNo, certType, reason, from, to});
  }
}

package org.kofu.projectdb.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeeScheduleTests {

  private static final Instant ORDINANCE = Instant.parse("2026-03-31T15:00:00Z"); // 4/1 0:00 JST
  private static final Instant CAMPAIGN = Instant.parse("2026-11-30T15:00:00Z"); // 12/1 JST
  private static final Instant CAMPAIGN_ENDS = Instant.parse("2027-03-31T15:00:00Z");

  private final FeeSchedule schedule =
      FeeSchedule.of(
          List.of(
              new DatedFee("JUMINHYO", ORDINANCE, 300),
              new DatedFee("JUMINHYO", CAMPAIGN, 10),
              new DatedFee("JUMINHYO", CAMPAIGN_ENDS, 300),
              new DatedFee("KOSEKI_ZENBU", ORDINANCE, 450)));

  @Test
  void theFeeInForceIsTheLatestNotAfterTheRequest() {
    assertThat(schedule.feeAt("JUMINHYO", CAMPAIGN.minusMillis(1))).hasValue(300);
    assertThat(schedule.feeAt("JUMINHYO", CAMPAIGN)).hasValue(10);
    assertThat(schedule.feeAt("JUMINHYO", CAMPAIGN_ENDS.minusSeconds(1))).hasValue(10);
    assertThat(schedule.feeAt("JUMINHYO", CAMPAIGN_ENDS)).hasValue(300);
    assertThat(schedule.feeAt("KOSEKI_ZENBU", CAMPAIGN)).hasValue(450);
  }

  @Test
  void beforeAnyFeeOrForAnUnknownTypeThereIsNone() {
    assertThat(schedule.feeAt("JUMINHYO", ORDINANCE.minusSeconds(1))).isEmpty();
    assertThat(schedule.feeAt("INKAN", CAMPAIGN)).isEmpty();
  }

  @Test
  void twoFeesFromTheSameInstantAreRefused() {
    assertThatThrownBy(
            () ->
                FeeSchedule.of(
                    List.of(
                        new DatedFee("INKAN", ORDINANCE, 300),
                        new DatedFee("INKAN", ORDINANCE, 200))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DatedFee("INKAN", ORDINANCE, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

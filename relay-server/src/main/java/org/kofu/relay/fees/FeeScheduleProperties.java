package org.kofu.relay.fees;

import java.time.Duration;
import org.kofu.projectdb.settlement.ScheduleEditor;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the relay follows the fee and commission schedules and the kiosk-to-operator mapping ({@code
 * kofu.relay.fee-schedule.*}).
 *
 * @param refresh how old this node's reading of them may be before a request reads them again; well
 *     under {@link ScheduleEditor#LEAD}, which is what lets a change scheduled in the admin reach
 *     every node before it takes effect
 */
@ConfigurationProperties("kofu.relay.fee-schedule")
public record FeeScheduleProperties(@DefaultValue("5s") Duration refresh) {

  public FeeScheduleProperties {
    if (refresh.isNegative() || refresh.compareTo(ScheduleEditor.LEAD.dividedBy(4)) > 0) {
      throw new IllegalArgumentException(
          "kofu.relay.fee-schedule.refresh must be between 0 and a quarter of "
              + ScheduleEditor.LEAD);
    }
  }
}

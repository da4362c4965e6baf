package org.kofu.batch.schedule;

import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When the jobs run ({@code kofu.batch.schedule.*}), as Quartz cron expressions in {@code zone}.
 *
 * @param full nightly, after service hours
 * @param delta every minute of service hours (06:30–23:00): one expression per line of the day
 * @param purge nightly, after the full run has had its time
 * @param coverage the character coverage scan: weekly, on a night without service the next morning
 *     to catch up with
 * @param close the daily close ({@code dailyClose}): after service hours and the grace for the last
 *     results ({@code kofu.batch.settlement.grace}); a firing closes only the days already due
 * @param holidays days on which the service is closed besides the year-end closing (12/29–1/3)
 * @param staleAfter a STARTED execution not updated for this long is taken as killed
 */
@Validated
@ConfigurationProperties("kofu.batch.schedule")
public record ScheduleProperties(
    @DefaultValue("0 30 23 * * ?") @NotBlank String full,
    @DefaultValue({"0 30-59 6 * * ?", "0 * 7-22 * * ?", "0 0 23 * * ?"}) List<String> delta,
    @DefaultValue("0 15 4 * * ?") @NotBlank String purge,
    @DefaultValue("0 0 1 ? * SUN") @NotBlank String coverage,
    @DefaultValue("0 40 23 * * ?") @NotBlank String close,
    @DefaultValue("Asia/Tokyo") String zone,
    List<LocalDate> holidays,
    @DefaultValue("PT30M") Duration staleAfter) {

  public ScheduleProperties {
    holidays = holidays == null ? List.of() : List.copyOf(holidays);
  }
}

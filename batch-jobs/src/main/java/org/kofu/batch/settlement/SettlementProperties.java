package org.kofu.batch.settlement;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The daily close ({@code kofu.batch.settlement.*}); when it runs is {@code
 * kofu.batch.schedule.close}.
 *
 * @param grace a day is closed only this long after its service hours ended, so that the result
 *     notifications of its last prints are in; one arriving later is reported as a change
 * @param recheckDays how many closed days, back from the last one due, each run checks for changes
 *     since their close: by default the month being settled and the one before
 */
@Validated
@ConfigurationProperties("kofu.batch.settlement")
public record SettlementProperties(
    @DefaultValue("PT30M") @NotNull Duration grace, @DefaultValue("62") @Min(1) int recheckDays) {}

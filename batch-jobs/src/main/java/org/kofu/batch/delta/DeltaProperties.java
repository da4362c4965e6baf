package org.kofu.batch.delta;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.kofu.batch.schedule.DeltaLaunch;
import org.kofu.projectdb.jobs.BatchJob;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The delta ({@code kofu.batch.delta.*}).
 *
 * @param mode {@code CONTINUOUS}: the delta firings launch {@code continuousDelta}, which polls
 *     both journals every {@code pollInterval} until service hours end; {@code SCHEDULED} (the
 *     fallback): each firing runs one {@code deltaPregeneration} pass
 * @param pollInterval the pause after a pass that found no journal row (a pass that found some is
 *     followed at once by the next)
 * @param horizon how long a journal gap may stay open before it is given up (see {@link
 *     Watermarks})
 * @param threads persons of a pass re-rendered at once
 */
@Validated
@ConfigurationProperties("kofu.batch.delta")
public record DeltaProperties(
    @DefaultValue("CONTINUOUS") @NotNull Mode mode,
    @DefaultValue("PT0.5S") @NotNull Duration pollInterval,
    @DefaultValue("PT10M") @NotNull Duration horizon,
    @DefaultValue("2") @Min(1) int threads)
    implements DeltaLaunch {

  @Override
  public BatchJob firedJob() {
    return mode == Mode.CONTINUOUS ? BatchJob.CONTINUOUS_DELTA : BatchJob.DELTA_PREGENERATION;
  }

  /** How the delta runs in service hours. */
  public enum Mode {
    CONTINUOUS,
    SCHEDULED
  }
}

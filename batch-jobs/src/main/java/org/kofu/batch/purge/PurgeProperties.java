package org.kofu.batch.purge;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The purge ({@code kofu.batch.purge.*}).
 *
 * @param idempotencyWindow how long after issuance a body kept in clear (rows written before the
 *     relay sealed kept bodies) is kept; afterwards the purge drops it and keeps the row
 * @param retention how long after issuance a sealed kept body is kept, so that an investigation of
 *     an incident can show what was printed (docs/security.md); afterwards the purge drops it. A
 *     repeat of the requestId gets the same bytes for as long as the body is kept
 */
@Validated
@ConfigurationProperties("kofu.batch.purge")
public record PurgeProperties(
    @DefaultValue("P2D") @NotNull Duration idempotencyWindow,
    @DefaultValue("P365D") @NotNull Duration retention) {

  /** A retention shorter than the window would drop bodies a repeat may still ask for. */
  @AssertTrue(message = "kofu.batch.purge.retention must not be shorter than idempotency-window")
  public boolean isRetentionAtLeastTheWindow() {
    return retention == null
        || idempotencyWindow == null
        || retention.compareTo(idempotencyWindow) >= 0;
  }
}

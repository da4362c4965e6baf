package org.kofu.batch.purge;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The purge ({@code kofu.batch.purge.*}).
 *
 * @param idempotencyWindow how long after issuance a repeat of the center's requestId still gets
 *     the stored bytes back; afterwards the purge drops the stored PDF (personal data) and keeps
 *     the row
 */
@Validated
@ConfigurationProperties("kofu.batch.purge")
public record PurgeProperties(@DefaultValue("P2D") @NotNull Duration idempotencyWindow) {}

package org.kofu.relay.issuance;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The body a relay asks the existing system for after serving its certificate on demand ({@code
 * kofu.relay.existing-refill.*}, {@link ForeignBodyRefill}).
 *
 * @param enabled whether to ask at all; off, such a subject stays on demand until the batch's delta
 *     pulls its body (after a change only, never after the cache evicted it)
 * @param queue subjects waiting for their body; one more is dropped (counted), not waited for
 * @param timeout the deadline of one call (the adapter's read timeout may cut it shorter)
 */
@Validated
@ConfigurationProperties("kofu.relay.existing-refill")
public record ExistingRefillProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("64") @Min(1) int queue,
    @DefaultValue("10s") Duration timeout) {}

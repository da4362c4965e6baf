package org.kofu.relay.budget;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code kofu.relay.budget.*}.
 *
 * @param request how long a request may take before it is answered 503 SOURCE_UNAVAILABLE, whatever
 *     it waits for (a database, the cache, rendering)
 * @param retryAfter the Retry-After of that answer
 * @param workers requests in progress at once, those abandoned and still waiting on a stalled
 *     source included; beyond it a request is answered 503 at once
 */
@Validated
@ConfigurationProperties("kofu.relay.budget")
public record BudgetProperties(
    @DefaultValue("5s") @NotNull Duration request,
    @DefaultValue("5s") @NotNull Duration retryAfter,
    @DefaultValue("400") @Min(1) int workers) {}

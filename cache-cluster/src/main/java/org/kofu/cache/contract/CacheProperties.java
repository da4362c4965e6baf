package org.kofu.cache.contract;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.kofu.cache.crypto.CryptoProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The cache as its users (batch, relay) see it: {@code kofu.cache.*}. Members need none of this:
 * they never hold keys.
 *
 * @param crypto where the encryption keys come from
 * @param compressionLevel zstd level used for new values
 * @param tombstoneTtl how long an invalidation is remembered when no body of the person is left;
 *     longer than the slowest batch run, so no late write can outlive it
 * @param bodyTtl how long a person's bodies live, 0 for until evicted or invalidated
 */
@Validated
@ConfigurationProperties("kofu.cache")
public record CacheProperties(
    @Valid @NotNull CryptoProperties crypto,
    @DefaultValue("3") @Min(1) @Max(19) int compressionLevel,
    @DefaultValue("48h") @NotNull Duration tombstoneTtl,
    @DefaultValue("0s") @NotNull Duration bodyTtl) {}

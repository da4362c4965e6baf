package org.kofu.batch.existing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the batch calls the existing system ({@code kofu.batch.existing.*}); where it is and which
 * types come from it are certificate-core's {@code kofu.existing-system.*} and {@code
 * kofu.certificate.sources}.
 *
 * @param callTimeout the deadline of one call (the adapter's read timeout may cut it shorter)
 * @param pauseAfterFailure after a call failed or timed out, the full run stops calling for this
 *     long (those subjects are recorded as skipped), so a system that is down costs one timeout per
 *     pause, not one per resident
 * @param pageSize {@code limit} of one {@code changedSince} call
 * @param pagesPerPass at most this many {@code changedSince} pages per delta pass (the rest next
 *     pass)
 */
@Validated
@ConfigurationProperties("kofu.batch.existing")
public record ExistingBatchProperties(
    @DefaultValue("10s") Duration callTimeout,
    @DefaultValue("30s") Duration pauseAfterFailure,
    @DefaultValue("100") @Min(1) @Max(1000) int pageSize,
    @DefaultValue("20") @Min(1) int pagesPerPass) {}

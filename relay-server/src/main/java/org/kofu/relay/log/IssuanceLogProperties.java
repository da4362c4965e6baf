package org.kofu.relay.log;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the issuance log's records are chained ({@code kofu.relay.issuance-log.*}): a request commits
 * its record to the queue, and this node's chainer links the queued records moments later.
 *
 * @param chainDelay how long the chainer waits after a record is queued, so that it links the
 *     records of several requests in one transaction; 0: at once
 * @param chainSweep how often the chainer looks for records without being told (those of a node
 *     that stopped before chaining them)
 * @param chainBatch the most records linked in one transaction
 */
@Validated
@ConfigurationProperties("kofu.relay.issuance-log")
public record IssuanceLogProperties(
    @DefaultValue("500ms") Duration chainDelay,
    @DefaultValue("1s") Duration chainSweep,
    @DefaultValue("500") @Min(1) int chainBatch) {}

package org.kofu.batch.coverage;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The coverage scan ({@code kofu.batch.coverage.*}); its schedule is {@code
 * kofu.batch.schedule.coverage}.
 *
 * @param chunkSize records read per page and written per transaction
 */
@Validated
@ConfigurationProperties("kofu.batch.coverage")
public record CoverageProperties(@DefaultValue("500") @Positive int chunkSize) {}

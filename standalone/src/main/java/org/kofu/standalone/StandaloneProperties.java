package org.kofu.standalone;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The embedded default ({@code kofu.standalone.*}).
 *
 * @param dataDir where the H2 databases live
 * @param samples where the sample certificates are written
 * @param residents how many residents the demo data has
 * @param seed the demo data's seed: the same seed gives the same people
 * @param legacyUrl the H2 database that stands in for both existing systems
 */
@Validated
@ConfigurationProperties("kofu.standalone")
public record StandaloneProperties(
    @DefaultValue("./kofu-data") @NotNull Path dataDir,
    @DefaultValue("./kofu-data/samples") @NotNull Path samples,
    @DefaultValue("5000") @Min(1) int residents,
    @DefaultValue("12025") long seed,
    @NotNull String legacyUrl) {}

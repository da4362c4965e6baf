package org.kofu.core.existing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The connection to the existing system that makes certificates ({@code kofu.existing-system.*}):
 * HTTPS with mutual TLS. Passwords come from credential files or the environment like every other
 * secret ({@code docs/security.md}), never from a file in the repository.
 *
 * @param baseUrl e.g. {@code https://madoguchi.city.local:9443}; the paths {@code /kofu/v1/...} are
 *     appended
 * @param keyStore this project's client key and certificate (PKCS12 file path)
 * @param trustStore the CA (or certificate) the existing system's server certificate chains to
 * @param connectTimeout TCP and TLS connection
 * @param readTimeout the longest one call may take, whatever the caller's deadline allows
 * @param maxBodySize the largest answer accepted; a larger one is a failure of that system
 */
@Validated
@ConfigurationProperties("kofu.existing-system")
public record ExistingSystemProperties(
    @NotNull URI baseUrl,
    @NotBlank String keyStore,
    @DefaultValue("") String keyStorePassword,
    @NotBlank String trustStore,
    @DefaultValue("") String trustStorePassword,
    @DefaultValue("PKCS12") String storeType,
    @DefaultValue("2s") Duration connectTimeout,
    @DefaultValue("5s") Duration readTimeout,
    @DefaultValue("16MB") DataSize maxBodySize) {}

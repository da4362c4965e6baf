package org.kofu.core.legacy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the existing systems are: {@code kofu.legacy.madoguchi.*} (窓口交付) and {@code
 * kofu.legacy.koseki.*} (戸籍), two databases that may be on different engines.
 *
 * @param timeouts bounds on both pools' calls ({@code kofu.legacy.timeouts.*}); the relay sets them
 *     short (its application.yml), batch jobs that scan whole tables leave socket and statement off
 */
@Validated
@ConfigurationProperties("kofu.legacy")
public record LegacySourcesProperties(
    @Valid @NotNull Source madoguchi,
    @Valid @NotNull Source koseki,
    @DefaultValue JdbcTimeouts timeouts) {

  public LegacySourcesProperties {
    timeouts = timeouts == null ? JdbcTimeouts.CONNECT_ONLY : timeouts;
  }

  /**
   * One source, always used through read-only connections.
   *
   * @param url the JDBC URL
   * @param username the read-only role
   * @param password its password (from the environment, never a file in the repository)
   * @param maximumPoolSize connections kept open to this source
   */
  public record Source(
      @NotBlank String url,
      String username,
      String password,
      @DefaultValue("4") @Min(1) int maximumPoolSize) {

    @Override
    public String toString() {
      return "Source[url="
          + url
          + ", username="
          + username
          + ", maximumPoolSize="
          + maximumPoolSize
          + "]";
    }
  }
}

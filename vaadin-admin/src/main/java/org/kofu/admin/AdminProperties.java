package org.kofu.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code kofu.admin.*}: password policy, sessions, the client networks allowed to reach the admin
 * (clause 5; loopback only by default) and the reverse proxies whose forwarding headers are
 * believed (none by default), the one-shot commands and the dashboard's alert thresholds.
 */
@Validated
@ConfigurationProperties("kofu.admin")
public record AdminProperties(
    @Valid @DefaultValue Password password,
    @Valid @DefaultValue Session session,
    @DefaultValue({"127.0.0.0/8", "::1/128"}) List<String> allowedNetworks,
    @DefaultValue List<String> trustedProxies,
    String setupOfficer,
    boolean verifyAudit,
    @Valid @DefaultValue Alerts alerts) {

  /**
   * Unusual issuance, on the dashboard and exported for the alert rules: more certificates issued
   * in one day than {@code dailyVolume}; at one kiosk within {@code window} than {@code perKiosk};
   * to one person within {@code window} than {@code perPerson}.
   */
  public record Alerts(
      @DefaultValue("5000") @Min(1) long dailyVolume,
      @DefaultValue("100") @Min(1) long perKiosk,
      @DefaultValue("10") @Min(1) long perPerson,
      @DefaultValue("1h") Duration window) {

    @ConstructorBinding
    public Alerts {}

    /** The daily threshold with the default per-kiosk and per-person ones. */
    public Alerts(long dailyVolume) {
      this(dailyVolume, 100, 10, Duration.ofHours(1));
    }
  }

  /**
   * Minimum length, how many earlier passwords may not be reused, failures before lockout, how long
   * a one-time password is valid, and the per-address throttle: that many failed sign-ins from one
   * client address within the window refuse every sign-in from it for the block time.
   */
  public record Password(
      @DefaultValue("12") @Min(8) int minLength,
      @DefaultValue("5") @Min(0) int history,
      @DefaultValue("5") @Min(1) int maxFailures,
      @DefaultValue("24h") Duration oneTimeValidity,
      @DefaultValue("10") @Min(1) int addressMaxFailures,
      @DefaultValue("10m") Duration addressWindow,
      @DefaultValue("15m") Duration addressBlock) {

    @ConstructorBinding
    public Password {}

    /** The policy with the default one-time validity and address throttle. */
    public Password(int minLength, int history, int maxFailures) {
      this(
          minLength,
          history,
          maxFailures,
          Duration.ofHours(24),
          10,
          Duration.ofMinutes(10),
          Duration.ofMinutes(15));
    }
  }

  /** Idle timeout (also Vaadin's heartbeat does not extend it) and absolute session lifetime. */
  public record Session(
      @DefaultValue("30m") Duration idleTimeout, @DefaultValue("12h") Duration absoluteTimeout) {}
}

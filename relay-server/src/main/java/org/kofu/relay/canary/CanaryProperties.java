package org.kofu.relay.canary;

import java.time.Duration;
import java.util.Map;
import org.kofu.core.certificate.CertificateType;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The canary ({@code kofu.relay.canary.*}).
 *
 * @param mode {@code REQUIRED}: the node is ready only once a canary passed; {@code OFF}: the
 *     explicit opt-out (logged at every start, shown in health), for tests and installations that
 *     prove each node otherwise
 * @param persons the 住民票コード of a test person per certificate type: the city's test records in its
 *     existing systems; an enabled type without one fails the canary
 * @param url the relay's own public listener; none: this node's port on {@code localhost}, HTTPS
 *     when TLS is on
 * @param clientBundle the SSL bundle (key and trust) the canary presents to the mTLS listener: a
 *     client certificate the relay serves ({@code kofu.relay.center.*})
 * @param timeout how long one canary request may take
 * @param retry how soon a canary that could not run (service closed) runs again
 * @param poll how often the project database is asked whether an officer asked for a canary
 */
@ConfigurationProperties("kofu.relay.canary")
public record CanaryProperties(
    @DefaultValue("REQUIRED") Mode mode,
    @DefaultValue Map<CertificateType, String> persons,
    String url,
    String clientBundle,
    @DefaultValue("20s") Duration timeout,
    @DefaultValue("60s") Duration retry,
    @DefaultValue("10s") Duration poll) {

  /** Whether a canary must pass before the node is ready. */
  public enum Mode {
    REQUIRED,
    OFF
  }

  public CanaryProperties {
    persons = persons == null ? Map.of() : Map.copyOf(persons);
  }
}

package org.kofu.core.rules;

import java.util.Set;
import org.kofu.core.certificate.CertificateType;

/**
 * The city's choices that the rules apply.
 *
 * @param minimumAge the youngest age served at a kiosk (15: the age from which a My Number card
 *     holder may use it alone)
 * @param myNumberEnabled whether a 住民票 may print the 個人番号 when asked (off by default)
 * @param enabledTypes the certificate types the city offers at kiosks
 */
public record IssuancePolicy(
    int minimumAge, boolean myNumberEnabled, Set<CertificateType> enabledTypes) {

  public IssuancePolicy {
    enabledTypes = Set.copyOf(enabledTypes);
  }

  public static IssuancePolicy defaults() {
    return new IssuancePolicy(15, false, Set.of(CertificateType.values()));
  }
}

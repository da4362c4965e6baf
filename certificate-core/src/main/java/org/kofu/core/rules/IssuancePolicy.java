package org.kofu.core.rules;

import java.util.Objects;
import java.util.Set;
import org.kofu.core.certificate.CertificateType;

/**
 * The city's choices that the rules apply.
 *
 * @param minimumAge the youngest age served at a kiosk (15: the age from which a My Number card
 *     holder may use it alone)
 * @param myNumberEnabled whether a 住民票 may print the 個人番号 when asked (off by default)
 * @param enabledTypes the certificate types the city offers at kiosks
 * @param taxYears the 年度 a kiosk may issue tax certificates of
 */
public record IssuancePolicy(
    int minimumAge,
    boolean myNumberEnabled,
    Set<CertificateType> enabledTypes,
    TaxYearWindow taxYears) {

  public IssuancePolicy {
    enabledTypes = Set.copyOf(enabledTypes);
    Objects.requireNonNull(taxYears, "taxYears");
  }

  /** With the default window of tax years ({@link TaxYearWindow#defaults()}). */
  public IssuancePolicy(
      int minimumAge, boolean myNumberEnabled, Set<CertificateType> enabledTypes) {
    this(minimumAge, myNumberEnabled, enabledTypes, TaxYearWindow.defaults());
  }

  public static IssuancePolicy defaults() {
    return new IssuancePolicy(15, false, Set.of(CertificateType.values()));
  }
}

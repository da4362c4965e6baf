package org.kofu.core.rules;

import java.util.Objects;
import java.util.Set;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.ResidentForm;

/**
 * The city's choices that the rules apply.
 *
 * @param minimumAge the youngest age served at a kiosk (15: the age from which a My Number card
 *     holder may use it alone)
 * @param myNumberEnabled whether a 住民票 may print the 個人番号 when asked (off by default)
 * @param enabledTypes the certificate types the city offers at kiosks
 * @param defaultForm the 住民票 form of the city (世帯連記式 unless it set 個人票)
 * @param formChoosable whether a request may name the other 住民票 form
 * @param taxYears the 年度 a kiosk may issue tax certificates of
 */
public record IssuancePolicy(
    int minimumAge,
    boolean myNumberEnabled,
    Set<CertificateType> enabledTypes,
    ResidentForm defaultForm,
    boolean formChoosable,
    TaxYearWindow taxYears) {

  public IssuancePolicy {
    enabledTypes = Set.copyOf(enabledTypes);
    defaultForm = defaultForm == null ? ResidentForm.RENKI : defaultForm;
    Objects.requireNonNull(taxYears, "taxYears");
  }

  /** A policy of a city issuing 世帯連記式 only, with the default window of tax years. */
  public IssuancePolicy(
      int minimumAge, boolean myNumberEnabled, Set<CertificateType> enabledTypes) {
    this(minimumAge, myNumberEnabled, enabledTypes, TaxYearWindow.defaults());
  }

  /** A policy of a city issuing 世帯連記式 only. */
  public IssuancePolicy(
      int minimumAge,
      boolean myNumberEnabled,
      Set<CertificateType> enabledTypes,
      TaxYearWindow taxYears) {
    this(minimumAge, myNumberEnabled, enabledTypes, ResidentForm.RENKI, false, taxYears);
  }

  /** With the default window of tax years ({@link TaxYearWindow#defaults()}). */
  public IssuancePolicy(
      int minimumAge,
      boolean myNumberEnabled,
      Set<CertificateType> enabledTypes,
      ResidentForm defaultForm,
      boolean formChoosable) {
    this(
        minimumAge,
        myNumberEnabled,
        enabledTypes,
        defaultForm,
        formChoosable,
        TaxYearWindow.defaults());
  }

  public static IssuancePolicy defaults() {
    return new IssuancePolicy(15, false, Set.of(CertificateType.values()));
  }
}

package org.kofu.core.rules;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.MonthDay;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The 年度 a kiosk may issue tax certificates of ({@code kofu.certificate.tax-years.*}), the city's
 * setting of jlis-relay-api.md v1.1; see {@link TaxYearWindow}.
 *
 * @param earlierYears 年度 before the current one always issuable (default 0: the current only)
 * @param previousUntil {@code MM-dd}: the day of the current 年度 from which the previous one is no
 *     longer issuable (default {@code 06-01}); empty: the previous one is not issuable at all
 */
@Validated
@ConfigurationProperties("kofu.certificate.tax-years")
public record TaxYearsProperties(
    @DefaultValue("0") @Min(0) int earlierYears,
    @DefaultValue("06-01")
        @Pattern(regexp = "((0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01]))?", message = "MM-dd or empty")
        String previousUntil) {

  public TaxYearWindow window() {
    MonthDay until =
        previousUntil == null || previousUntil.isBlank()
            ? null
            : MonthDay.parse("--" + previousUntil);
    return new TaxYearWindow(earlierYears, until);
  }
}

package org.kofu.core.render;

import jakarta.validation.constraints.NotNull;
import org.kofu.core.certificate.ResidentForm;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Which form of 住民票 the city issues at kiosks ({@code kofu.certificate.resident-form.*}).
 *
 * @param defaultForm the form of a request that names none, and the form the batch pre-generates:
 *     世帯連記式 ({@code RENKI}) unless the city sets 個人票 ({@code KOJIN})
 * @param kioskMayChoose whether a request may name the other form (option {@code form}); off, as
 *     most cities issue only 世帯連記式 at kiosks: a request naming the other form is then refused with
 *     {@code OPTION_DISABLED}, one naming the default is served
 */
@Validated
@ConfigurationProperties("kofu.certificate.resident-form")
public record ResidentFormProperties(
    @DefaultValue("RENKI") @NotNull ResidentForm defaultForm,
    @DefaultValue("false") boolean kioskMayChoose) {

  /** 世帯連記式, not choosable: the settings without configuration. */
  public static ResidentFormProperties defaults() {
    return new ResidentFormProperties(ResidentForm.RENKI, false);
  }
}

package org.kofu.core.render;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What the city prints on every certificate ({@code kofu.certificate.*}).
 *
 * @param cityName the issuing city, e.g. 函館市; "市長" is appended for the signature line
 * @param municipalityCode 全国地方公共団体コード with check digit, e.g. 012025
 * @param mayorName the mayor's name as printed after 函館市長
 * @param sealImage the city seal (公印) image, preferably JPEG: {@code classpath:...} or a file path
 * @param myNumberEnabled whether a 住民票 may show the 個人番号 when the request asks for it
 */
@Validated
@ConfigurationProperties("kofu.certificate")
public record CertificateProperties(
    @DefaultValue("函館市") @NotBlank String cityName,
    @DefaultValue("012025") @Pattern(regexp = "\\d{6}") String municipalityCode,
    @DefaultValue("山田　太郎") @NotBlank String mayorName,
    @DefaultValue("classpath:seal/demo-city-seal.jpg") @NotBlank String sealImage,
    @DefaultValue("false") boolean myNumberEnabled) {

  /** The demo defaults, for use without Spring (benchmarks, tests). */
  public static CertificateProperties defaults() {
    return new CertificateProperties(
        "函館市", "012025", "山田　太郎", "classpath:seal/demo-city-seal.jpg", false);
  }
}

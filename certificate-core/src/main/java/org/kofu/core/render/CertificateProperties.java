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
 * @param mayorName the mayor's name as printed after 函館市長: no default, a node refuses to start
 *     without it; only the embedded default ({@code kofu.embedded-default}) has the demo's
 * @param sealImage the city seal (公印) image, preferably JPEG: {@code classpath:...} or a file path;
 *     no default, as the mayor's name; the demo seal is refused outside the embedded default
 * @param myNumberEnabled whether a 住民票 may show the 個人番号 when the request asks for it
 */
@Validated
@ConfigurationProperties("kofu.certificate")
public record CertificateProperties(
    @DefaultValue("函館市") @NotBlank String cityName,
    @DefaultValue("012025") @Pattern(regexp = "\\d{6}") String municipalityCode,
    @NotBlank(message = MISSING) @Pattern(regexp = "[^<>]*", message = PLACEHOLDER)
        String mayorName,
    @NotBlank(message = MISSING) String sealImage,
    @DefaultValue("false") boolean myNumberEnabled) {

  /** The demo's mayor: the embedded default's, never a production node's. */
  public static final String DEMO_MAYOR = "山田　太郎";

  /** The demo's seal: the embedded default's, refused elsewhere (RenderConfiguration). */
  public static final String DEMO_SEAL = "classpath:seal/demo-city-seal.jpg";

  static final String MISSING =
      "set kofu.certificate.mayor-name and kofu.certificate.seal-image, the city's mayor and seal"
          + " printed on every certificate: only the embedded default (kofu.embedded-default=true,"
          + " ./ops/start) has demo ones";

  static final String PLACEHOLDER =
      "kofu.certificate.mayor-name is still the example's placeholder: set the mayor's name";

  /** The demo's identity, for use without Spring (benchmarks, tests). */
  public static CertificateProperties defaults() {
    return new CertificateProperties("函館市", "012025", DEMO_MAYOR, DEMO_SEAL, false);
  }
}

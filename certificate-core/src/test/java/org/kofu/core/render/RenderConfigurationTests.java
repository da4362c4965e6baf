package org.kofu.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kofu.core.render.body.BodyStamper;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class RenderConfigurationTests {

  private static final String[] EMBEDDED_DEFAULT = {
    "kofu.embedded-default=true",
    "kofu.certificate.mayor-name=" + CertificateProperties.DEMO_MAYOR,
    "kofu.certificate.seal-image=" + CertificateProperties.DEMO_SEAL
  };

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
          .withUserConfiguration(RenderConfiguration.class);

  @Test
  void defaultsAreHakodateWithMyNumberOff() {
    runner
        .withPropertyValues(EMBEDDED_DEFAULT)
        .run(
            context -> {
              CertificateProperties p = context.getBean(CertificateProperties.class);
              assertThat(p.cityName()).isEqualTo("函館市");
              assertThat(p.municipalityCode()).isEqualTo("012025");
              assertThat(p.myNumberEnabled()).isFalse();
              assertThat(context)
                  .hasSingleBean(CertificateRenderer.class)
                  .hasSingleBean(BodyStamper.class);
            });
  }

  @Test
  void propertiesBindFromKofuCertificate() {
    runner
        .withPropertyValues(EMBEDDED_DEFAULT)
        .withPropertyValues(
            "kofu.certificate.mayor-name=函館　次郎", "kofu.certificate.my-number-enabled=true")
        .run(
            context -> {
              CertificateProperties p = context.getBean(CertificateProperties.class);
              assertThat(p.mayorName()).isEqualTo("函館　次郎");
              assertThat(p.myNumberEnabled()).isTrue();
            });
  }

  @Test
  void anInvalidMunicipalityCodeStopsTheContext() {
    runner
        .withPropertyValues(EMBEDDED_DEFAULT)
        .withPropertyValues("kofu.certificate.municipality-code=12025")
        .run(context -> assertThat(context).hasFailed());
  }

  @Test
  void withoutTheMayorsNameTheContextFailsSayingWhatToSet() {
    runner
        .withPropertyValues("kofu.certificate.seal-image=" + CertificateProperties.DEMO_SEAL)
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("kofu.certificate.mayor-name"));
  }

  @Test
  void theExamplesPlaceholderIsRefused() {
    runner
        .withPropertyValues(EMBEDDED_DEFAULT)
        .withPropertyValues("kofu.certificate.mayor-name=<市長の氏名>")
        .run(
            context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("placeholder"));
  }

  @Test
  void theDemoSealIsRefusedOutsideTheEmbeddedDefault() {
    runner
        .withPropertyValues(
            "kofu.certificate.mayor-name=函館　次郎",
            "kofu.certificate.seal-image=" + CertificateProperties.DEMO_SEAL)
        .run(
            context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("demo seal"));
  }

  @Test
  void theCitysOwnMayorAndSealStartWithoutTheEmbeddedDefault(@TempDir Path dir) throws Exception {
    Path seal = dir.resolve("seal.jpg");
    ImageIO.write(new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB), "jpg", seal.toFile());
    runner
        .withPropertyValues(
            "kofu.certificate.mayor-name=函館　次郎", "kofu.certificate.seal-image=" + seal)
        .run(
            context -> assertThat(context).hasNotFailed().hasSingleBean(CertificateRenderer.class));
  }
}

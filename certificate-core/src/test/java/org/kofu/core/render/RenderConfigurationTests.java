package org.kofu.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class RenderConfigurationTests {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
          .withUserConfiguration(RenderConfiguration.class);

  @Test
  void defaultsAreHakodateWithMyNumberOff() {
    runner.run(
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
        .withPropertyValues("kofu.certificate.municipality-code=12025")
        .run(context -> assertThat(context).hasFailed());
  }
}

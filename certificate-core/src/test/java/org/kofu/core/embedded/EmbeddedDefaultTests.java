package org.kofu.core.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kofu.core.render.CertificateProperties;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/** The embedded default's marker, through a real SpringApplication (its listeners). */
class EmbeddedDefaultTests {

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(CertificateProperties.class)
  static class Certificates {}

  private static ConfigurableApplicationContext start(String... args) {
    return new SpringApplicationBuilder(Certificates.class).web(WebApplicationType.NONE).run(args);
  }

  @Test
  void theEmbeddedDefaultPrintsTheDemosMayorAndSeal() {
    try (var context = start("--kofu.embedded-default=true")) {
      CertificateProperties p = context.getBean(CertificateProperties.class);
      assertThat(p.mayorName()).isEqualTo(CertificateProperties.DEMO_MAYOR);
      assertThat(p.sealImage()).isEqualTo(CertificateProperties.DEMO_SEAL);
    }
  }

  @Test
  void whatTheCityConfiguredWinsOverTheDemos() {
    try (var context =
        start("--kofu.embedded-default=true", "--kofu.certificate.mayor-name=函館　次郎")) {
      assertThat(context.getBean(CertificateProperties.class).mayorName()).isEqualTo("函館　次郎");
    }
  }

  @Test
  void withoutTheMarkerNoDemoIdentityAndTheNodeRefusesToStart() {
    assertThatThrownBy(() -> start().close())
        .rootCause()
        .hasMessageContaining("kofu.certificate.mayor-name")
        .hasMessageContaining("kofu.certificate.seal-image");
    assertThatThrownBy(() -> start("--kofu.embedded-default=false").close())
        .rootCause()
        .hasMessageContaining("kofu.certificate.mayor-name");
  }
}

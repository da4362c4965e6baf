package org.kofu.core.render;

import java.time.Clock;
import java.util.Arrays;
import org.kofu.core.embedded.EmbeddedDefault;
import org.kofu.core.render.body.BodyStamper;
import org.kofu.core.rules.TaxYearsProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The renderer and the stamper as beans, warmed up before the first request needs them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({
  CertificateProperties.class,
  ResidentFormProperties.class,
  TaxYearsProperties.class
})
public class RenderConfiguration {

  @Bean
  CertificateRenderer certificateRenderer(
      CertificateProperties properties, ObjectProvider<Clock> clock, Environment environment) {
    if (!EmbeddedDefault.isOn(environment)
        && Arrays.equals(
            CitySeal.load(properties.sealImage()),
            CitySeal.load(CertificateProperties.DEMO_SEAL))) {
      throw new IllegalStateException(
          "kofu.certificate.seal-image is the demo seal: set the city's own (only the embedded"
              + " default, kofu.embedded-default=true, prints the demo seal)");
    }
    CertificateRenderer renderer =
        new CertificateRenderer(properties, clock.getIfAvailable(Clock::systemDefaultZone));
    renderer.warmUp();
    return renderer;
  }

  @Bean
  BodyStamper bodyStamper() {
    return new BodyStamper();
  }
}

package org.kofu.core.render;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The renderer and the stamper as beans, warmed up before the first request needs them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CertificateProperties.class)
public class RenderConfiguration {

  @Bean
  CertificateRenderer certificateRenderer(
      CertificateProperties properties, ObjectProvider<Clock> clock) {
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

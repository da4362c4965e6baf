package org.kofu.standalone;

import java.time.Clock;
import java.time.ZoneId;
import org.kofu.core.certificate.assembly.CertificateContentAssembler;
import org.kofu.core.render.CertificateRenderer;
import org.kofu.core.render.body.BodyStamper;
import org.kofu.standalone.sample.SampleCertificates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StandaloneConfiguration {

  /** The certificates' day is Tokyo's, wherever the machine's clock is set. */
  @Bean
  Clock clock() {
    return Clock.system(ZoneId.of("Asia/Tokyo"));
  }

  @Bean
  SampleCertificates sampleCertificates(
      CertificateContentAssembler assembler,
      CertificateRenderer renderer,
      BodyStamper stamper,
      Clock clock) {
    return new SampleCertificates(assembler, renderer, stamper, clock);
  }
}

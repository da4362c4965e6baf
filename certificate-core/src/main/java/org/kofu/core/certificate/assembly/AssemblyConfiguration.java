package org.kofu.core.certificate.assembly;

import org.kofu.core.legacy.LegacySourcesConfiguration;
import org.kofu.core.legacy.koseki.KosekiReader;
import org.kofu.core.legacy.madoguchi.MadoguchiReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The assembler, on top of the existing systems' readers. */
@Configuration(proxyBeanMethods = false)
@Import(LegacySourcesConfiguration.class)
public class AssemblyConfiguration {

  @Bean
  CertificateContentAssembler certificateContentAssembler(
      MadoguchiReader madoguchi, KosekiReader koseki) {
    return new CertificateContentAssembler(madoguchi, koseki);
  }

  @Bean
  ShownPersons shownPersons(MadoguchiReader madoguchi, KosekiReader koseki) {
    return new ShownPersons(madoguchi, koseki);
  }
}

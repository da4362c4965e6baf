package org.kofu.standalone;

import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.kofu.core.legacy.LegacySourcesConfiguration;
import org.kofu.core.legacy.LegacySourcesProperties;
import org.kofu.core.render.CertificateProperties;
import org.kofu.standalone.demo.DemoLegacyDatabase;
import org.kofu.standalone.sample.SampleCertificates;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Loads the demo data on first start, then writes a sample of every certificate. */
@Component
class StandaloneRunner implements ApplicationRunner {

  private final StandaloneProperties properties;
  private final CertificateProperties certificate;
  private final SampleCertificates samples;
  private final DataSource madoguchi;
  private final DataSource koseki;
  private final LegacySourcesProperties legacy;

  StandaloneRunner(
      StandaloneProperties properties,
      CertificateProperties certificate,
      SampleCertificates samples,
      @Qualifier(LegacySourcesConfiguration.MADOGUCHI) DataSource madoguchi,
      @Qualifier(LegacySourcesConfiguration.KOSEKI) DataSource koseki,
      LegacySourcesProperties legacy) {
    this.properties = properties;
    this.certificate = certificate;
    this.samples = samples;
    this.madoguchi = madoguchi;
    this.koseki = koseki;
    this.legacy = legacy;
  }

  @Override
  public void run(ApplicationArguments args) throws Exception {
    new DemoLegacyDatabase(
            properties.legacyUrl(),
            legacy.madoguchi().password(),
            properties.dataDir(),
            properties.residents(),
            properties.seed())
        .ensureLoaded();
    Path folder = properties.samples();
    List<Path> files = samples.write(madoguchi, koseki, certificate.municipalityCode(), folder);
    SampleCertificates.report(files, folder, System.out);
  }
}

package org.kofu.core.existing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kofu.core.certificate.CertificateType;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class CertificateSourcesTests {

  @Test
  void aTypeSetToTheExistingSystemComesFromItAndEveryOtherIsRendered() {
    CertificateSources sources = bind(Map.of("kofu.certificate.sources.INKAN", "EXISTING_SYSTEM"));

    assertThat(sources.sourceOf(CertificateType.INKAN))
        .isEqualTo(CertificateSource.EXISTING_SYSTEM);
    assertThat(sources.sourceOf(CertificateType.JUMINHYO)).isEqualTo(CertificateSource.RENDERED);
    assertThat(sources.anyFromExistingSystem()).isTrue();
    assertThat(sources.fallbackToRendering()).isFalse();
  }

  @Test
  void nothingConfiguredIsAllRenderedWithoutFallback() {
    assertThat(
            bind(Map.of("kofu.certificate.fallback-to-rendering", "true")).anyFromExistingSystem())
        .isFalse();
    assertThat(CertificateSources.allRendered().sourceOf(CertificateType.KOSEKI_ZENBU))
        .isEqualTo(CertificateSource.RENDERED);
  }

  @Test
  void anUnknownSourceIsRefusedAtStart() {
    assertThatThrownBy(() -> bind(Map.of("kofu.certificate.sources.INKAN", "SCANNED")))
        .isInstanceOf(BindException.class);
  }

  private static CertificateSources bind(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties))
        .bindOrCreate("kofu.certificate", CertificateSources.class);
  }
}

package org.kofu.core.existing;

import java.util.EnumMap;
import java.util.Map;
import org.kofu.core.certificate.CertificateType;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The city's choice of source per certificate type ({@code kofu.certificate.sources.<TYPE>}) and
 * whether the project may render a type itself when its existing system fails or answers a body the
 * check refuses ({@code kofu.certificate.fallback-to-rendering}, off: such a request is answered
 * 503 {@code SOURCE_UNAVAILABLE}). A type not listed is {@link CertificateSource#RENDERED}.
 */
@Validated
@ConfigurationProperties("kofu.certificate")
public record CertificateSources(
    Map<CertificateType, CertificateSource> sources,
    @DefaultValue("false") boolean fallbackToRendering) {

  public CertificateSources {
    EnumMap<CertificateType, CertificateSource> all = new EnumMap<>(CertificateType.class);
    for (CertificateType type : CertificateType.values()) {
      CertificateSource chosen = sources == null ? null : sources.get(type);
      all.put(type, chosen == null ? CertificateSource.RENDERED : chosen);
    }
    sources = Map.copyOf(all);
  }

  /** Every type rendered by the project, no fallback: what a city without such systems has. */
  public static CertificateSources allRendered() {
    return new CertificateSources(Map.of(), false);
  }

  public CertificateSource sourceOf(CertificateType type) {
    return sources.get(type);
  }

  /** Whether any type comes from the existing system, so that its connection must be set. */
  public boolean anyFromExistingSystem() {
    return sources.containsValue(CertificateSource.EXISTING_SYSTEM);
  }
}

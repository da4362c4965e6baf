package org.kofu.batch.eligibility;

import jakarta.validation.constraints.Min;
import java.util.List;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.Scope;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What the jobs pre-generate and how ({@code kofu.batch.*}).
 *
 * @param variants the certificates made for every eligible resident (default {@link #DEFAULTS})
 * @param chunkSize persons per chunk (one transaction of the JobRepository)
 * @param partitions ranges of 宛名番号 the full run is split into
 * @param threads partitions run at once on this node
 */
@Validated
@ConfigurationProperties("kofu.batch")
public record PregenerationProperties(
    List<Variant> variants,
    @DefaultValue("20") @Min(1) int chunkSize,
    @DefaultValue("8") @Min(1) int partitions,
    @DefaultValue("2") @Min(1) int threads) {

  /**
   * 住民票 SELF with householder, 住民票 HOUSEHOLD, 印鑑, 所得・課税, 所得 and 課税 (each of the latest 年度 on
   * record, when the city's window of tax years holds it), 戸籍全部.
   */
  public static final List<Variant> DEFAULTS =
      List.of(
          new Variant(CertificateType.JUMINHYO, Scope.SELF, true),
          new Variant(CertificateType.JUMINHYO, Scope.HOUSEHOLD, true),
          new Variant(CertificateType.INKAN, null, false),
          new Variant(CertificateType.SHOTOKU_KAZEI, null, false),
          new Variant(CertificateType.SHOTOKU, null, false),
          new Variant(CertificateType.KAZEI, null, false),
          new Variant(CertificateType.KOSEKI_ZENBU, null, false));

  public PregenerationProperties {
    variants = variants == null || variants.isEmpty() ? DEFAULTS : List.copyOf(variants);
  }

  public static PregenerationProperties defaults() {
    return new PregenerationProperties(null, 20, 8, 2);
  }
}

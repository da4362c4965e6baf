package org.kofu.relay.issuance;

import java.util.List;
import org.kofu.core.certificate.CertificateType;

/** What a person can have now, and why not the rest. */
public record Menu(List<Available> available, List<Unavailable> unavailable) {

  /**
   * @param fiscalYears the 年度 on record, for 所得・課税証明書 only; else null
   */
  public record Available(CertificateType certificateType, int feeYen, List<Integer> fiscalYears) {}

  public record Unavailable(CertificateType certificateType, String reason) {}
}

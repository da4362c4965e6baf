package org.kofu.core.certificate;

/**
 * The certificates of the relay contract (v1.1), with their Japanese titles. {@code KAZEI} is
 * titled 「非課税証明書」 when no municipal tax is due ({@code render.layout.Sentences#title}).
 */
public enum CertificateType {
  JUMINHYO("住民票の写し", Family.RESIDENT),
  JUMINHYO_KISAI("住民票記載事項証明書", Family.RESIDENT),
  INKAN("印鑑登録証明書", Family.SEAL),
  KOSEKI_ZENBU("戸籍全部事項証明書", Family.REGISTER),
  KOSEKI_KOJIN("戸籍個人事項証明書", Family.REGISTER),
  KOSEKI_FUHYO("戸籍の附票の写し", Family.REGISTER),
  SHOTOKU_KAZEI("所得・課税証明書", Family.TAX),
  SHOTOKU("所得証明書", Family.TAX),
  KAZEI("課税証明書", Family.TAX);

  /** Which existing system and which kind of record a certificate is made from. */
  public enum Family {
    RESIDENT,
    SEAL,
    REGISTER,
    TAX
  }

  private final String title;
  private final Family family;

  CertificateType(String title, Family family) {
    this.title = title;
    this.family = family;
  }

  public String title() {
    return title;
  }

  public Family family() {
    return family;
  }
}

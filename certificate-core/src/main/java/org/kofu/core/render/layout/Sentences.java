package org.kofu.core.render.layout;

import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.certificate.CertificateType;
import org.kofu.wareki.Wareki;

/** The certification sentence of each certificate, word for word as the city's rules give it. */
public final class Sentences {

  /** The title of a 課税証明書 when no municipal tax is due. */
  public static final String HIKAZEI_TITLE = "非課税証明書";

  private Sentences() {}

  public static String of(CertificateType type) {
    return switch (type) {
      case JUMINHYO -> "この写しは、住民票の原本と相違ないことを証明する。";
      case JUMINHYO_KISAI -> "上記のとおり住民票に記載されていることを証明する。";
      case INKAN -> "この写しは、登録されている印影と相違ないことを証明する。";
      case KOSEKI_ZENBU -> "これは、戸籍に記録されている事項の全部を証明した書面である。";
      case KOSEKI_KOJIN -> "これは、戸籍中の一部の者について記録されている事項の全部を証明した書面である。";
      case KOSEKI_FUHYO -> "この写しは、戸籍の附票の原本と相違ないことを証明する。";
      case SHOTOKU_KAZEI, SHOTOKU, KAZEI -> "上記のとおり証明する。";
    };
  }

  /** The sentence of this certificate: a 課税証明書 with no tax due certifies that none is. */
  public static String of(CertificateContent content) {
    return hikazei(content)
        ? "上記の者は、"
            + Wareki.fiscalYear(((CertificateContent.Tax) content).tax().nendo())
            + "市民税・道民税が課されていないことを証明する。"
        : of(content.subject().type());
  }

  /** The title printed: the type's, or 「非課税証明書」 for a 課税証明書 with no tax due. */
  public static String title(CertificateContent content) {
    return hikazei(content) ? HIKAZEI_TITLE : content.subject().type().title();
  }

  private static boolean hikazei(CertificateContent content) {
    return content instanceof CertificateContent.Tax t
        && t.subject().type() == CertificateType.KAZEI
        && t.tax().totalTax() == 0;
  }
}

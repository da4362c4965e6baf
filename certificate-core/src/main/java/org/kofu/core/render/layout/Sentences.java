package org.kofu.core.render.layout;

import org.kofu.core.certificate.CertificateType;

/** The certification sentence of each certificate, word for word as the city's rules give it. */
public final class Sentences {

  private Sentences() {}

  public static String of(CertificateType type) {
    return switch (type) {
      case JUMINHYO -> "この写しは、住民票の原本と相違ないことを証明する。";
      case JUMINHYO_KISAI -> "上記のとおり住民票に記載されていることを証明する。";
      case INKAN -> "この写しは、登録されている印影と相違ないことを証明する。";
      case KOSEKI_ZENBU -> "これは、戸籍に記録されている事項の全部を証明した書面である。";
      case KOSEKI_KOJIN -> "これは、戸籍中の一部の者について記録されている事項の全部を証明した書面である。";
      case KOSEKI_FUHYO -> "この写しは、戸籍の附票の原本と相違ないことを証明する。";
      case SHOTOKU_KAZEI -> "上記のとおり証明する。";
    };
  }
}

package org.kofu.core.readback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A 世帯連記式 住民票 prints two fields a line; the checker reads each field as a line of its own. */
class CertificateTextTests {

  @Test
  void aLineOfTwoFieldsIsReadAsTwo() {
    assertThat(CertificateText.fields("氏名吉田花子フリガナヨシダハナコ")).containsExactly("氏名吉田花子", "フリガナヨシダハナコ");
    assertThat(CertificateText.fields("続柄妻住民となった年月日平成22年6月15日"))
        .containsExactly("続柄妻", "住民となった年月日平成22年6月15日");
    assertThat(CertificateText.fields("在留期間無期限在留期間の満了の日令和13年3月31日"))
        .containsExactly("在留期間無期限", "在留期間の満了の日令和13年3月31日");
  }

  @Test
  void aLineOfOneFieldOrNoneStaysWhole() {
    assertThat(CertificateText.fields("生年月日昭和55年4月3日")).containsExactly("生年月日昭和55年4月3日");
    // an address line is never split, whatever it holds
    assertThat(CertificateText.fields("転入前住所北海道札幌市氏名町1番")).containsExactly("転入前住所北海道札幌市氏名町1番");
    assertThat(CertificateText.fields("(1)")).containsExactly("(1)");
  }
}

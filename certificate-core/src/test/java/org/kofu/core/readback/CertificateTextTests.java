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

  /**
   * The existing system's stand-in (PDFBox, IPAex明朝) gives radicals for the ideographs that share
   * their glyph: Kangxi ones (⽒名), which NFKC takes back, and CJK Radicals Supplement ones (⻄, ⻘),
   * which it does not. Read as radicals, 西村 and 青柳町 were a wrong person in the multi-node run.
   */
  @Test
  void radicalsInTheTextLayerReadAsTheIdeographsPrinted() {
    assertThat(CertificateText.normal("⽒名 ⻄村 久美⼦")).isEqualTo("氏名西村久美子");
    assertThat(CertificateText.same("西村　久美子", CertificateText.normal("⻄村 久美⼦"))).isTrue();
    assertThat(CertificateText.normal("北海道函館市⻘柳町39番11号 函館市⻑")).isEqualTo("北海道函館市青柳町39番11号函館市長");
    // NFKC makes ⼾ and ⿊ 戶 and 黑, where Japanese fonts draw 戸 and 黒 (IPAex明朝 both, Noto ⼾)
    assertThat(CertificateText.same("戸田　一郎", CertificateText.normal("⼾⽥ 一郎"))).isTrue();
    assertThat(CertificateText.same("黒田　一郎", CertificateText.normal("⿊⽥ 一郎"))).isTrue();
    assertThat(CertificateText.same("黑田　一郎", CertificateText.normal("⿊⽥ 一郎"))).isTrue();
    // another ideograph stays another person
    assertThat(CertificateText.same("西村　久美子", CertificateText.normal("⻘村 久美⼦"))).isFalse();
  }
}

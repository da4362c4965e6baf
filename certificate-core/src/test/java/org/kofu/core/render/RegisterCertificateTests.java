package org.kofu.core.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kofu.core.render.Rendering.issued;
import static org.kofu.core.render.Rendering.pages;
import static org.kofu.core.render.Rendering.text;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.Scope;

class RegisterCertificateTests {

  @Test
  void zenbuListsEveryMemberWithEntriesAndMarksJoseki() {
    String text = text(issued(Fixtures.register(CertificateType.KOSEKI_ZENBU, 0)));

    assertThat(text)
        .contains("戸籍全部事項証明書")
        .contains("本籍北海道函館市元町1番地")
        .contains("氏名渡邊太郎")
        .contains("戸籍事項戸籍編製【編製日】昭和50年3月1日")
        .contains("【名】太郎", "【名】和子", "【名】次郎")
        .contains("【生年月日】昭和27年7月8日")
        .contains("【父】辻本茂")
        .contains("【続柄】長女")
        .contains("戸籍に記録されている者除籍【名】次郎")
        .contains("身分事項出生【出生日】昭和27年7月8日【出生地】北海道函館市")
        .contains("これは、戸籍に記録されている事項の全部を証明した書面である。")
        .contains("函館市長山田太郎");
  }

  @Test
  void longRegistersContinueOverNumberedPagesEachWithNumberAndCity() {
    List<String> pages = pages(issued(Fixtures.register(CertificateType.KOSEKI_ZENBU, 30)));

    assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
    for (int p = 0; p < pages.size(); p++) {
      assertThat(pages.get(p))
          .contains("戸籍全部事項証明書")
          .contains("発行番号" + Rendering.NUMBER)
          .contains("函館市")
          .contains((p + 1) + "/" + pages.size());
    }
    assertThat(pages.get(pages.size() - 1)).contains("令和8年11月25日");
  }

  @Test
  void kojinShowsOnlyTheRequestersEntry() {
    String text = text(issued(Fixtures.register(CertificateType.KOSEKI_KOJIN, 0)));

    assertThat(text)
        .contains("戸籍個人事項証明書")
        .contains("【名】和子")
        .contains("これは、戸籍中の一部の者について記録されている事項の全部を証明した書面である。")
        .doesNotContain("【名】太郎")
        .doesNotContain("次郎")
        .doesNotContain("除籍");
  }

  @Test
  void fuhyoSelfShowsTheRequestersAddressesOldestFirst() {
    String text = text(issued(Fixtures.fuhyo(Scope.SELF)));

    assertThat(text)
        .contains("戸籍の附票の写し")
        .contains("本籍北海道函館市元町1番地")
        .contains("氏名渡邊太郎")
        .contains("氏名和子")
        .contains("この写しは、戸籍の附票の原本と相違ないことを証明する。")
        .doesNotContain("氏名太郎")
        .doesNotContain("次郎");
    assertThat(text.indexOf("住所北海道函館市元町1番1号住所を定めた年月日昭和50年3月1日"))
        .isNotNegative()
        .isLessThan(text.indexOf("住所北海道函館市湯川町3丁目4番5号住所を定めた年月日令和元年5月1日"));
  }

  @Test
  void fuhyoAllShowsEveryMember() {
    assertThat(text(issued(Fixtures.fuhyo(Scope.ALL))))
        .contains("氏名太郎", "氏名和子", "氏名次郎")
        .contains("住所を定めた年月日昭和53年12月1日");
  }
}

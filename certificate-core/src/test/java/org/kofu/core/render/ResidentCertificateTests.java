package org.kofu.core.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kofu.core.render.Rendering.issued;
import static org.kofu.core.render.Rendering.normalize;
import static org.kofu.core.render.Rendering.text;

import org.junit.jupiter.api.Test;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.Scope;

class ResidentCertificateTests {

  private static String juminhyo(Scope scope, boolean householder, boolean honseki, boolean my) {
    return text(issued(residents(CertificateType.JUMINHYO, scope, householder, honseki, my)));
  }

  private static CertificateContent.Residents residents(
      CertificateType type, Scope scope, boolean householder, boolean honseki, boolean my) {
    return Fixtures.residents(type, Fixtures.juminhyo(scope, householder, honseki, my));
  }

  @Test
  void selfShowsTheRequesterWithAddressDatesAndClosingBlock() {
    String text = juminhyo(Scope.SELF, true, false, false);

    assertThat(text)
        .contains(normalize("住民票の写し"))
        .contains(normalize("氏名𠮷田　花子"))
        .contains("フリガナヨシダハナコ")
        .contains("生年月日昭和55年4月3日")
        .contains("性別女")
        .contains("住民となった年月日平成22年6月15日")
        .contains(normalize("住所北海道函館市五稜郭町12番3号　コーポ五稜郭201号室"))
        .contains("住所を定めた年月日平成22年6月15日")
        .contains("届出日平成22年6月20日")
        .contains("前住所北海道札幌市中央区北一条西2丁目")
        .contains("この写しは、住民票の原本と相違ないことを証明する。")
        .contains("令和8年11月25日")
        .contains("函館市長山田太郎")
        .contains("発行番号" + Rendering.NUMBER)
        .contains("1/1");
    assertThat(text).doesNotContain("髙志").doesNotContain("氏名𠮷田一郎");
  }

  @Test
  void householderOptionShowsTheHeadAndEachRelationship() {
    assertThat(juminhyo(Scope.SELF, true, false, false)).contains("世帯主𠮷田一郎").contains("続柄妻");
    assertThat(juminhyo(Scope.SELF, false, false, false))
        .doesNotContain("世帯主")
        .doesNotContain("続柄")
        .doesNotContain("一郎");
  }

  @Test
  void householdListsEveryActiveMemberHeadFirst() {
    String text = juminhyo(Scope.HOUSEHOLD, true, false, false);

    assertThat(text).contains("氏名𠮷田一郎", "氏名𠮷田花子", "氏名𠮷田髙志");
    assertThat(text.indexOf("氏名𠮷田一郎")).isLessThan(text.indexOf("氏名𠮷田花子"));
    assertThat(text.indexOf("氏名𠮷田花子")).isLessThan(text.indexOf("氏名𠮷田髙志"));
    assertThat(text).doesNotContain("SMITH");
  }

  @Test
  void honsekiAndHittoshaOnlyWhenAsked() {
    assertThat(juminhyo(Scope.SELF, true, true, false))
        .contains("本籍北海道函館市元町1番地")
        .contains("筆頭者𠮷田一郎");
    assertThat(juminhyo(Scope.SELF, true, false, false))
        .doesNotContain("本籍")
        .doesNotContain("筆頭者")
        .doesNotContain("元町1番地");
  }

  @Test
  void myNumberOnlyWhereTheCityEnabledItAndTheRequestAsks() {
    CertificateContent asked = residents(CertificateType.JUMINHYO, Scope.SELF, true, false, true);
    CertificateContent notAsked =
        residents(CertificateType.JUMINHYO, Scope.SELF, true, false, false);
    String number = Fixtures.spouse().kojinBango();

    assertThat(text(issued(Rendering.MY_NUMBER_ENABLED, asked))).contains("個人番号" + number);
    assertThat(text(issued(Rendering.MY_NUMBER_ENABLED, notAsked)))
        .doesNotContain("個人番号")
        .doesNotContain(number);
    assertThat(text(issued(asked))).doesNotContain("個人番号").doesNotContain(number);
  }

  @Test
  void kisaiCertifiesWithItsOwnSentence() {
    String text =
        text(issued(residents(CertificateType.JUMINHYO_KISAI, Scope.SELF, true, false, false)));

    assertThat(text)
        .contains("住民票記載事項証明書")
        .contains("上記のとおり住民票に記載されていることを証明する。")
        .doesNotContain("この写しは");
  }

  @Test
  void foreignResidentsShowNationalityAndStatusInsteadOfHonseki() {
    var options = Fixtures.juminhyo(Scope.SELF, true, true, false);
    var person = Fixtures.foreigner();
    var content =
        new CertificateContent.Residents(
            Fixtures.subject(person, CertificateType.JUMINHYO, options),
            java.util.List.of(person),
            person,
            Fixtures.versions(java.util.List.of(person)));

    String text = text(issued(content));

    assertThat(text)
        .contains("国籍・地域アメリカ合衆国")
        .contains("在留資格永住者")
        .contains("在留期間無期限")
        .contains("在留期間の満了の日令和13年3月31日")
        .contains("通称須見次郎")
        .doesNotContain("本籍");
  }
}

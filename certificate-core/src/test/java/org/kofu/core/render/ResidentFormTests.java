package org.kofu.core.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kofu.core.render.Rendering.issued;
import static org.kofu.core.render.Rendering.normalize;
import static org.kofu.core.render.Rendering.pages;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.ResidentForm;
import org.kofu.core.certificate.Scope;

/** The two forms of the 住民票, read back from the PDF's text (docs/certificate-forms.md). */
class ResidentFormTests {

  private static final String HOME = normalize(FormFixtures.HOME + FormFixtures.ROOM);

  private static List<String> household(CertificateType type, ResidentForm form) {
    return pages(issued(FormFixtures.residents(type, Scope.HOUSEHOLD, form, true)));
  }

  private static long count(String text, String part) {
    return (text.length() - text.replace(part, "").length()) / part.length();
  }

  @Test
  void renkiHouseholdOfSixIsFourMembersThenTwoUnderTheHeaderOnEachPage() {
    List<String> pages = household(CertificateType.JUMINHYO, ResidentForm.RENKI);

    assertThat(pages).hasSize(2);
    for (String page : pages) {
      assertThat(page).startsWith(normalize("住民票の写し")).contains("住所" + HOME);
      assertThat(page).contains(normalize("世帯主𠮷田　一郎"));
    }
    assertThat(pages.get(0))
        .contains(normalize("氏名𠮷田　一郎"), normalize("氏名𠮷田　花子"))
        .contains(normalize("氏名𠮷田　髙志"), normalize("氏名𠮷田　桜"))
        .doesNotContain("葵")
        .doesNotContain("トメ")
        .doesNotContain("証明する")
        .endsWith("1/2");
    assertThat(count(pages.get(0), "氏名")).isEqualTo(4);
    assertThat(pages.get(1))
        .contains(normalize("氏名𠮷田　葵"), normalize("氏名𠮷田　トメ"))
        .contains("この写しは、住民票の原本と相違ないことを証明する。")
        .doesNotContain("花子");
    assertThat(count(pages.get(1), "氏名")).isEqualTo(2);
    String first = pages.get(0);
    assertThat(first.indexOf("一郎フリガナ")).isLessThan(first.indexOf("花子フリガナ"));
    assertThat(first.indexOf("花子フリガナ")).isLessThan(first.indexOf("髙志フリガナ"));
    assertThat(first.indexOf("髙志フリガナ")).isLessThan(first.indexOf("桜フリガナ"));
  }

  @Test
  void renkiShowsAMembersOwnAddressOnlyWhereItDiffersFromTheHeader() {
    List<String> pages = household(CertificateType.JUMINHYO, ResidentForm.RENKI);

    // the header's 住所 once per page; the grandmother in room 202 shows hers in her block
    assertThat(count(pages.get(0), "住所" + normalize(FormFixtures.HOME))).isEqualTo(1);
    assertThat(pages.get(1))
        .contains("住所" + normalize(FormFixtures.HOME + FormFixtures.OTHER_ROOM));
    assertThat(count(pages.get(1), "住所" + normalize(FormFixtures.HOME))).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(ResidentForm.class)
  void everyItemOfThePersonInItsOrder(ResidentForm form) {
    String text =
        String.join(
            "",
            pages(
                issued(FormFixtures.residents(CertificateType.JUMINHYO, Scope.SELF, form, true))));
    List<String> items =
        List.of(
            "住所" + HOME,
            normalize("世帯主𠮷田　一郎"),
            normalize("氏名𠮷田　花子"),
            "フリガナヨシダハナコ",
            "生年月日昭和55年4月3日",
            "性別女",
            "続柄妻",
            "住民となった年月日平成22年6月15日",
            "住所を定めた年月日平成22年6月15日",
            "届出日平成22年6月20日",
            "転入前住所北海道札幌市中央区北一条西2丁目",
            "本籍北海道函館市元町1番地",
            normalize("筆頭者𠮷田　一郎"),
            "この写しは、住民票の原本と相違ないことを証明する。",
            "令和8年11月25日",
            "函館市長山田太郎");
    assertThat(text).contains("発行番号" + Rendering.NUMBER);
    int at = -1;
    for (String item : items) {
      assertThat(text).as(form + " shows " + item).contains(item);
      assertThat(text.indexOf(item)).as(item + " after the one before").isGreaterThan(at);
      at = text.indexOf(item);
    }
    assertThat(text).doesNotContain("前住所北海道函館市").endsWith("1/1");
  }

  @Test
  void kojinIsOnePersonAPageWithTheirOwnAddressAnd転入前住所WhereTheyHaveOne() {
    List<String> pages = household(CertificateType.JUMINHYO_KISAI, ResidentForm.KOJIN);

    assertThat(pages).hasSize(6);
    String[] names = {"一郎", "花子", "髙志", "桜", "葵", "トメ"};
    for (int i = 0; i < 6; i++) {
      String page = pages.get(i);
      assertThat(page).startsWith("住民票記載事項証明書").contains("個人票");
      assertThat(count(page, "氏名")).as("page %d", i + 1).isEqualTo(1);
      assertThat(page).contains(normalize("氏名𠮷田　" + names[i])).endsWith((i + 1) + "/6");
    }
    assertThat(pages.get(0)).contains("転入前住所北海道札幌市");
    assertThat(pages.get(3)).doesNotContain("転入前住所").doesNotContain("届出日");
    assertThat(pages.get(5))
        .contains("住所" + normalize(FormFixtures.HOME + FormFixtures.OTHER_ROOM))
        .contains("上記のとおり住民票に記載されていることを証明する。");
    assertThat(pages.get(4)).doesNotContain("証明する");
  }

  @Test
  void theFormsDifferAndNamingNoFormIs世帯連記式() {
    byte[] none =
        issued(FormFixtures.residents(CertificateType.JUMINHYO, Scope.HOUSEHOLD, null, true));
    assertThat(pages(none)).isEqualTo(household(CertificateType.JUMINHYO, ResidentForm.RENKI));
    assertThat(household(CertificateType.JUMINHYO, ResidentForm.KOJIN)).hasSize(6);
  }
}

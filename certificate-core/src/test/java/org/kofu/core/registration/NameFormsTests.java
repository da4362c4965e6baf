package org.kofu.core.registration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameFormsTests {

  @Test
  void oldAndVariantKanjiCompareAsTheirCommonForm() {
    assertThat(NameForms.same("髙橋　一郎", "高橋一郎")).isTrue();
    assertThat(NameForms.same("山﨑花子", "山崎花子")).isTrue();
    assertThat(NameForms.same("渡邊", "渡辺")).isTrue();
    assertThat(NameForms.same("渡邉", "渡邊")).isTrue();
    assertThat(NameForms.same("齋藤", "斎藤")).isTrue();
    assertThat(NameForms.same("𠮷田", "吉田")).isTrue();
  }

  @Test
  void differentNamesStayDifferent() {
    assertThat(NameForms.same("斎藤", "斉藤")).as("齋/斎 and 齊/斉 are two names").isFalse();
    assertThat(NameForms.same("高橋一郎", "高橋二郎")).isFalse();
    assertThat(NameForms.same("佐藤", "")).isFalse();
  }

  @Test
  void widthSpacesKanaAndVariationSelectorsDoNotMatter() {
    assertThat(NameForms.same("函館市元町１番地", "函館市元町1番地")).isTrue();
    assertThat(NameForms.same("ﾊﾅｺ", "ハナコ")).isTrue();
    assertThat(NameForms.same("はなこ", "ハナコ")).isTrue();
    assertThat(NameForms.same("葛\uDB40\uDD00西 光", "葛西光")).isTrue();
    assertThat(NameForms.same("元町1‐2", "元町1-2")).isTrue();
    assertThat(NameForms.of(" \u3000")).isEmpty();
    assertThat(NameForms.of(null)).isEmpty();
  }

  @Test
  void theLongVowelMarkOfKatakanaNamesIsKept() {
    assertThat(NameForms.of("ジョージ")).isEqualTo("ジョージ");
  }
}

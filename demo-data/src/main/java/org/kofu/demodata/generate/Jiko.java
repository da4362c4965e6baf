package org.kofu.demodata.generate;

import java.time.LocalDate;
import java.util.random.RandomGenerator;
import org.kofu.demodata.generate.Register.Entry;
import org.kofu.wareki.Wareki;

/** 戸籍事項 and 身分事項 with their 【項目】値 lines, as the 戸籍 system records them. */
final class Jiko {

  /** The day the computerised 戸籍 replaced the paper one in this city. */
  static final LocalDate KAISEI = LocalDate.of(2004, 3, 6);

  private Jiko() {}

  static Entry hensei(LocalDate date) {
    return new Entry("編製", date, "【編製日】" + w(date));
  }

  static Entry tenseki(LocalDate date, String fromHonseki) {
    return new Entry("転籍", date, "【転籍日】" + w(date) + "\n【従前本籍】" + fromHonseki);
  }

  static Entry kaisei() {
    return new Entry("改製", KAISEI, "【改製日】" + w(KAISEI) + "\n【改製事由】平成6年法務省令第51号附則第2条第1項による改製");
  }

  static Entry birth(LocalDate date, String place, String reporter, RandomGenerator rng) {
    LocalDate filed = date.plusDays(3 + rng.nextInt(11));
    return new Entry(
        "出生",
        date,
        "【出生日】%s\n【出生地】%s\n【届出日】%s\n【届出人】%s".formatted(w(date), place, w(filed), reporter));
  }

  static Entry marriage(LocalDate date, String spouse, String previousRegister) {
    return new Entry(
        "婚姻", date, "【婚姻日】%s\n【配偶者氏名】%s\n【従前戸籍】%s".formatted(w(date), spouse, previousRegister));
  }

  static Entry marriageOut(LocalDate date, String spouse, String newHonseki, boolean husbands) {
    return new Entry(
        "婚姻",
        date,
        "【婚姻日】%s\n【配偶者氏名】%s\n【新本籍】%s\n【称する氏】%s"
            .formatted(w(date), spouse, newHonseki, husbands ? "夫の氏" : "妻の氏"));
  }

  static Entry divorce(LocalDate date, String spouse) {
    return new Entry("離婚", date, "【離婚日】%s\n【配偶者氏名】%s".formatted(w(date), spouse));
  }

  static Entry adoption(LocalDate date, String father, String mother) {
    return new Entry(
        "養子縁組", date, "【縁組日】%s\n【養父氏名】%s\n【養母氏名】%s\n【届出人】養父母".formatted(w(date), father, mother));
  }

  static Entry death(LocalDate date, String reporter, RandomGenerator rng) {
    int hour = 1 + rng.nextInt(11);
    String time = (rng.nextBoolean() ? "午前" : "午後") + hour + "時" + rng.nextInt(60) + "分";
    return new Entry(
        "死亡",
        date,
        "【死亡日】%s\n【死亡時分】%s\n【死亡地】北海道函館市\n【届出日】%s\n【届出人】親族　%s"
            .formatted(w(date), time, w(date.plusDays(2)), reporter));
  }

  private static String w(LocalDate date) {
    return Wareki.format(date);
  }
}

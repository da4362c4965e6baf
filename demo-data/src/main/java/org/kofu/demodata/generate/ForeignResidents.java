package org.kofu.demodata.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;
import org.kofu.demodata.generate.Member.Role;
import org.kofu.demodata.generate.Names.Name;

/** Foreign residents: 国籍・地域, names as registered, 在留資格 with its 期間 and 満了の日. */
final class ForeignResidents {

  /** A nationality with the names its residents are registered under. */
  private record Origin(String kokuseki, List<Name> surnames, List<Name> given) {}

  /** A 在留資格 with its 在留期間 (null: no limit, as for 永住者). */
  private record Status(String shikaku, String kikan, int years) {}

  private static final List<Origin> ORIGINS =
      List.of(
          origin("中国", "王:ワン 李:リー 張:チャン 劉:リュウ 陳:チェン", "偉:ウェイ 芳:ファン 静:ジン 敏:ミン 磊:レイ"),
          origin("韓国", "金:キム 朴:パク 崔:チェ 鄭:チョン", "民俊:ミンジュン 智恩:ジウン 秀英:スヨン 成浩:ソンホ"),
          origin(
              "ベトナム",
              "NGUYEN:グエン TRAN:チャン LE:レ PHAM:ファム",
              "VAN_NAM:ヴァン　ナム THI_LAN:ティ　ラン MINH_ANH:ミン　アイン"),
          origin("フィリピン", "SANTOS:サントス REYES:レイエス CRUZ:クルス", "MARIA:マリア JOSE:ホセ ANNA:アンナ"),
          origin(
              "アメリカ合衆国", "SMITH:スミス JOHNSON:ジョンソン BROWN:ブラウン", "JOHN:ジョン EMILY:エミリー DAVID:デイビッド"),
          origin("ネパール", "GURUNG:グルン THAPA:タパ RAI:ライ", "RAM:ラム SITA:シータ ANIL:アニル"));

  private static final List<Status> STATUSES =
      List.of(
          new Status("永住者", null, 0),
          new Status("技術・人文知識・国際業務", "5年", 5),
          new Status("技術・人文知識・国際業務", "3年", 3),
          new Status("留学", "2年3月", 2),
          new Status("技能実習（第2号ロ）", "1年", 1),
          new Status("家族滞在", "3年", 3),
          new Status("日本人の配偶者等", "3年", 3));

  private static final List<String> TSUSHO_SURNAMES = List.of("金田", "新井", "松山", "木下");

  private ForeignResidents() {}

  static void fill(Household h, RandomGenerator rng, LocalDate today, int size) {
    Origin origin = Names.pick(rng, ORIGINS);
    Status status = Names.pick(rng, STATUSES);
    Name surname = Names.pick(rng, origin.surnames());
    for (int i = 0; i < size; i++) {
      Role role = i == 0 ? Role.HEAD : i == 1 ? Role.SPOUSE : Role.CHILD;
      boolean male = i == 0 || (i > 1 && rng.nextBoolean());
      int age = role == Role.CHILD ? rng.nextInt(15) : 20 + rng.nextInt(45);
      LocalDate birth = HouseholdPlanner.birthDate(rng, today, age);
      Member m = new Member(surname, Names.pick(rng, origin.given()), male, birth, role);
      m.zokugara = role == Role.HEAD ? "世帯主" : role == Role.SPOUSE ? "妻" : "子";
      String tsusho =
          "韓国".equals(origin.kokuseki()) && rng.nextDouble() < 0.5
              ? Names.pick(rng, TSUSHO_SURNAMES) + "　" + m.given.kanji()
              : null;
      LocalDate manryo =
          status.kikan() == null ? null : today.plusDays(30 + rng.nextInt(365 * status.years()));
      m.foreigner =
          new Member.Foreigner(origin.kokuseki(), status.shikaku(), status.kikan(), manryo, tsusho);
      h.members.add(m);
    }
  }

  private static Origin origin(String kokuseki, String surnames, String given) {
    return new Origin(kokuseki, Names.parse(surnames), Names.parse(given));
  }
}

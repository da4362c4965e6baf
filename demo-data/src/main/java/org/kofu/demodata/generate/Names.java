package org.kofu.demodata.generate;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/** Japanese surnames and given names with their readings, chosen by birth year for realism. */
final class Names {

  /** A written name and its katakana reading. */
  record Name(String kanji, String kana) {}

  private static final List<Name> SURNAMES =
      parse(
          "佐藤:サトウ 鈴木:スズキ 高橋:タカハシ 田中:タナカ 伊藤:イトウ 渡辺:ワタナベ 山本:ヤマモト 中村:ナカムラ 小林:コバヤシ 加藤:カトウ"
              + " 吉田:ヨシダ 山田:ヤマダ 佐々木:ササキ 山口:ヤマグチ 松本:マツモト 井上:イノウエ 木村:キムラ 林:ハヤシ 斎藤:サイトウ"
              + " 清水:シミズ 阿部:アベ 菊地:キクチ 工藤:クドウ 成田:ナリタ 三上:ミカミ 今井:イマイ 村上:ムラカミ 石川:イシカワ 大野:オオノ"
              + " 小野寺:オノデラ 千葉:チバ 長谷川:ハセガワ 藤田:フジタ 坂本:サカモト 岡田:オカダ 前田:マエダ 西村:ニシムラ 福田:フクダ"
              + " 太田:オオタ 森:モリ 桜井:サクライ 近藤:コンドウ 佐野:サノ 中川:ナカガワ 能登谷:ノトヤ");

  private static final List<Name> MALE_OLD =
      parse("正男:マサオ 清:キヨシ 博:ヒロシ 修:オサム 光男:ミツオ 茂:シゲル 勇:イサム 昭:アキラ 稔:ミノル 武:タケシ 進:ススム 実:ミノル");
  private static final List<Name> MALE_MID =
      parse("誠:マコト 健一:ケンイチ 隆:タカシ 浩二:コウジ 大輔:ダイスケ 拓也:タクヤ 直樹:ナオキ 和也:カズヤ 哲也:テツヤ 剛:ツヨシ 聡:サトシ");
  private static final List<Name> MALE_YOUNG =
      parse("翔:ショウ 悠斗:ユウト 蓮:レン 陽翔:ハルト 大翔:ヒロト 湊:ミナト 翔太:ショウタ 健太:ケンタ 颯太:ソウタ 樹:イツキ 陸:リク 悠真:ユウマ");
  private static final List<Name> FEMALE_OLD =
      parse("和子:カズコ 節子:セツコ 幸子:サチコ 恵子:ケイコ 洋子:ヨウコ 久子:ヒサコ 文子:フミコ 信子:ノブコ 美代子:ミヨコ トシ子:トシコ");
  private static final List<Name> FEMALE_MID =
      parse("陽子:ヨウコ 由美:ユミ 美穂:ミホ 真由美:マユミ 久美子:クミコ 明美:アケミ 智子:トモコ 裕子:ユウコ 直美:ナオミ 千尋:チヒロ 香織:カオリ");
  private static final List<Name> FEMALE_YOUNG =
      parse("愛:アイ 結衣:ユイ 陽菜:ヒナ 美咲:ミサキ さくら:サクラ 葵:アオイ 結愛:ユア 凛:リン 芽依:メイ 花子:ハナコ 莉子:リコ 彩花:アヤカ");

  private Names() {}

  static Name surname(RandomGenerator rng, double specialShare) {
    if (rng.nextDouble() < specialShare) {
      int i = rng.nextInt(SpecialCharacterNames.ALL.size());
      return new Name(SpecialCharacterNames.ALL.get(i), SpecialCharacterNames.KANA.get(i));
    }
    return pick(rng, SURNAMES);
  }

  /** A plain surname (never a special spelling), e.g. for a former surname. */
  static Name commonSurname(RandomGenerator rng) {
    return pick(rng, SURNAMES);
  }

  static Name given(RandomGenerator rng, boolean male, int birthYear) {
    List<Name> pool;
    if (birthYear < 1960) {
      pool = male ? MALE_OLD : FEMALE_OLD;
    } else if (birthYear < 1995) {
      pool = male ? MALE_MID : FEMALE_MID;
    } else {
      pool = male ? MALE_YOUNG : FEMALE_YOUNG;
    }
    return pick(rng, pool);
  }

  static <T> T pick(RandomGenerator rng, List<T> from) {
    return from.get(rng.nextInt(from.size()));
  }

  /** "漢字:カナ" words separated by spaces; "_" in a written name stands for a space. */
  static List<Name> parse(String words) {
    return Arrays.stream(words.trim().split(" +"))
        .map(w -> w.split(":", 2))
        .map(p -> new Name(p[0].replace('_', ' '), p[1]))
        .toList();
  }
}

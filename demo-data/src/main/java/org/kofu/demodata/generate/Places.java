package org.kofu.demodata.generate;

import java.util.List;
import java.util.random.RandomGenerator;

/** Real town names of 函館市 and of a few other places, made into 住所 and 本籍. */
final class Places {

  static final String CITY = "北海道函館市";

  /** A town of 函館市 and how many 丁目 it has (0 = none). */
  private record Town(String name, int chome) {}

  private static final List<Town> TOWNS =
      List.of(
          new Town("五稜郭町", 0),
          new Town("本町", 0),
          new Town("梁川町", 0),
          new Town("美原", 5),
          new Town("湯川町", 3),
          new Town("元町", 0),
          new Town("末広町", 0),
          new Town("富岡町", 3),
          new Town("昭和", 4),
          new Town("桔梗町", 0),
          new Town("石川町", 0),
          new Town("港町", 3),
          new Town("中島町", 0),
          new Town("松風町", 0),
          new Town("若松町", 0),
          new Town("日吉町", 4),
          new Town("大手町", 0),
          new Town("宝来町", 0),
          new Town("青柳町", 0),
          new Town("住吉町", 0),
          new Town("千代台町", 0),
          new Town("堀川町", 0),
          new Town("杉並町", 0),
          new Town("柏木町", 0),
          new Town("川原町", 0),
          new Town("深堀町", 0),
          new Town("花園町", 0),
          new Town("山の手", 3),
          new Town("亀田本町", 0),
          new Town("北美原", 3),
          new Town("西桔梗町", 0),
          new Town("東山", 3),
          new Town("戸倉町", 0),
          new Town("上湯川町", 0),
          new Town("鍛治", 2),
          new Town("赤川町", 0),
          new Town("神山", 3),
          new Town("高丘町", 0),
          new Town("陣川町", 0));

  private static final List<String> ELSEWHERE =
      List.of(
          "北海道札幌市中央区北一条西",
          "北海道札幌市北区北二十四条西",
          "北海道北斗市中央",
          "北海道亀田郡七飯町本町",
          "北海道小樽市稲穂",
          "北海道旭川市宮下通",
          "青森県青森市新町",
          "青森県弘前市大町",
          "宮城県仙台市青葉区一番町",
          "東京都新宿区西新宿",
          "東京都世田谷区三軒茶屋",
          "神奈川県横浜市港北区新横浜",
          "大阪府大阪市北区梅田");

  private static final List<String> BUILDINGS =
      List.of("メゾン", "コーポ", "ハイツ", "グランドール", "パレス", "サンライズ");

  private Places() {}

  /** 住所 in 函館市, e.g. 北海道函館市五稜郭町12番3号. */
  static String hakodateAddress(RandomGenerator rng) {
    return CITY + townAndBlock(rng) + "号";
  }

  /** 本籍 in 函館市, e.g. 北海道函館市美原3丁目12番地. */
  static String hakodateHonseki(RandomGenerator rng) {
    Town t = Names.pick(rng, TOWNS);
    return CITY + t.name() + chome(rng, t) + (1 + rng.nextInt(60)) + "番地";
  }

  /** 住所 outside 函館市. */
  static String elsewhereAddress(RandomGenerator rng) {
    return Names.pick(rng, ELSEWHERE)
        + (1 + rng.nextInt(9))
        + "丁目"
        + (1 + rng.nextInt(30))
        + "番"
        + (1 + rng.nextInt(25))
        + "号";
  }

  /** 本籍 outside 函館市. */
  static String elsewhereHonseki(RandomGenerator rng) {
    return Names.pick(rng, ELSEWHERE) + (1 + rng.nextInt(9)) + "丁目" + (1 + rng.nextInt(30)) + "番地";
  }

  /**
   * {@code place} (an address or 本籍 in 函館市) in {@code town} instead of its own; a place elsewhere
   * stays as it is.
   */
  static String inTown(String place, String town) {
    if (!place.startsWith(CITY)) {
      return place;
    }
    return CITY + town + place.substring(CITY.length()).replaceFirst("^[^0-9]*", "");
  }

  /** 方書 for a flat, e.g. コーポ湯川 203号室; built from the address's town. */
  static String katagaki(RandomGenerator rng, String address) {
    String town = address.substring(CITY.length()).replaceAll("[0-9].*$", "").replace("町", "");
    int room = (1 + rng.nextInt(5)) * 100 + 1 + rng.nextInt(8);
    return Names.pick(rng, BUILDINGS) + town + " " + room + "号室";
  }

  private static String townAndBlock(RandomGenerator rng) {
    Town t = Names.pick(rng, TOWNS);
    return t.name() + chome(rng, t) + (1 + rng.nextInt(40)) + "番" + (1 + rng.nextInt(30));
  }

  private static String chome(RandomGenerator rng, Town t) {
    return t.chome() == 0 ? "" : (1 + rng.nextInt(t.chome())) + "丁目";
  }
}

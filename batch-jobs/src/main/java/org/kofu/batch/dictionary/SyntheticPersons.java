package org.kofu.batch.dictionary;

import java.time.LocalDate;
import java.util.List;

/**
 * Made-up persons for training the compression dictionary, never read from the existing systems.
 * Their names are common name kanji in an order no name takes (佐藤 as 藤佐), so the dictionary learns
 * the glyphs real certificates use without any real name; addresses are in made-up towns of the
 * city.
 */
final class SyntheticPersons {

  private static final List<String> FAMILY =
      List.of(
          "藤佐", "木鈴", "橋高", "中田", "藤伊", "辺渡", "本山", "村中", "林小", "藤加", "田吉", "田山", "木々佐", "口山", "本松",
          "上井", "村木", "藤斎", "水清", "部阿", "地菊", "藤工", "田成", "上三", "井今", "上村", "川石", "野大", "田藤", "本坂",
          "田岡", "田前", "村西", "田福", "田太", "井桜", "藤近", "野佐", "川中");
  private static final List<String> FAMILY_KANA =
      List.of("ウトサ", "キズス", "シハカタ", "カナタ", "ウトイ", "ベナタワ", "トモマヤ", "ラムカナ");
  private static final List<String> GIVEN =
      List.of(
          "男正", "博", "修", "男光", "茂", "勇", "昭", "稔", "一健", "隆", "二浩", "輔大", "也拓", "樹直", "也和", "斗悠",
          "翔陽", "太翔", "太健", "真悠", "子和", "子節", "子幸", "子恵", "子洋", "子久", "子文", "美由", "穂美", "美由真",
          "子美久", "美明", "子智", "子裕", "美直", "尋千", "織香", "衣結", "菜陽", "咲美", "依芽", "子莉", "花彩");
  private static final List<String> TOWNS = List.of("見本町", "試料町", "標本町", "雛形町", "模型町", "仮設町");
  private static final List<String> BUILDINGS = List.of("見本荘", "コーポ試料", "標本ハイツ", "雛形マンション");

  static final String CITY = "北海道函館市";

  private SyntheticPersons() {}

  /** The {@code n}-th person: a name, its reading, an address and a birth date. */
  static Person person(int n) {
    String family = FAMILY.get(n % FAMILY.size());
    String given = GIVEN.get((n / FAMILY.size() + n) % GIVEN.size());
    String kana = FAMILY_KANA.get(n % FAMILY_KANA.size()) + "　" + "ロウタ";
    String address =
        CITY
            + TOWNS.get(n % TOWNS.size())
            + (1 + n % 4)
            + "丁目"
            + (1 + n % 37)
            + "番"
            + (1 + n % 19)
            + "号";
    String building = n % 3 == 0 ? BUILDINGS.get(n % BUILDINGS.size()) + (100 + n) + "号室" : null;
    LocalDate born = LocalDate.of(1930 + n * 7 % 90, 1 + n % 12, 1 + n % 28);
    return new Person(family, given, kana, address, building, born, n % 2 == 0 ? "1" : "2");
  }

  record Person(
      String family,
      String given,
      String kana,
      String address,
      String building,
      LocalDate born,
      String sex) {

    String name() {
      return family + "　" + given;
    }

    String honseki() {
      return address.substring(0, address.indexOf('番')) + "番地";
    }
  }
}

package org.kofu.demodata.generate;

import java.util.List;
import java.util.SplittableRandom;
import org.kofu.demodata.generate.MjCharacters.MjCharacter;
import org.kofu.demodata.generate.Names.Name;

/**
 * Gives some households names, an address and a 本籍 with 文字情報基盤 characters beyond JIS X 0213 ({@link
 * MjCharacters}), half of them kept as 外字 in the Private Use Area with a {@code gaiji} row in both
 * systems, and a few people a name nothing can draw. It draws from a random stream of its own, so
 * the rest of the data is what it was without it.
 */
final class ExtendedCharacters {

  /** Share of (Japanese) households spelled with MJ characters. */
  private static final double SHARE = 0.07;

  /** Every this many households, one person's name holds a character nothing can draw. */
  private static final int UNDRAWABLE_EVERY = 613;

  private static final int UNDRAWABLE_AT = 300;

  private static final List<Name> SUFFIXES =
      Names.parse("田:タ 川:カワ 野:ノ 本:モト 沢:サワ 山:ヤマ 木:キ 谷:ヤ 村:ムラ 原:ハラ");
  private static final List<String> READINGS =
      List.of("アラ", "オオ", "カミ", "シモ", "タカ", "ナカ", "ヒラ", "マツ", "ミズ", "ユキ");

  private final long seed;
  private int spelled;

  ExtendedCharacters(long seed) {
    this.seed = seed;
  }

  /** The {@code gaiji} rows of both systems: every 外字 of the list. */
  static void writeMappings(RowSink sink) {
    List<MjCharacter> all = MjCharacters.all();
    for (int i = 0; i < all.size(); i++) {
      MjCharacter c = all.get(i);
      Object[] row = {c.pua(), c.mjCode(), c.mappedToUcs(i) ? c.unicode() : null};
      sink.accept(LegacyTable.MADOGUCHI_GAIJI, row);
      sink.accept(LegacyTable.KOSEKI_GAIJI, row.clone());
    }
  }

  /** Chooses the household's spelling and renames its family; call before anything is written. */
  void spell(Household h, long index) {
    if (h.isForeign()) {
      return;
    }
    SplittableRandom rng = new SplittableRandom((seed * 1_000_003L + index) ^ 0x6A11L);
    if (index % UNDRAWABLE_EVERY == UNDRAWABLE_AT) {
      Member m = h.members.get(h.members.size() - 1);
      String c =
          index / UNDRAWABLE_EVERY % 2 == 0 ? MjCharacters.UNMAPPED_PUA : MjCharacters.BEYOND_IPAMJ;
      m.given = new Name(c + (m.male ? "郎" : "子"), m.male ? "イチロウ" : "ハナコ");
    }
    if (rng.nextDouble() >= SHARE) {
      return;
    }
    int k = spelled++;
    boolean asGaiji = k % 2 == 1;
    h.mjSpelling =
        new String[] {
          written(3 * k, asGaiji), written(3 * k + 1, asGaiji), written(3 * k + 2, asGaiji)
        };
    Name old = h.head().surname;
    Name suffix = Names.pick(rng, SUFFIXES);
    Name surname =
        new Name(
            h.mjSpelling[0] + suffix.kanji(), READINGS.get(k % READINGS.size()) + suffix.kana());
    for (Member m : h.members) {
      if (m.surname.equals(old)) {
        m.surname = surname;
      }
    }
  }

  /** The household's address in a town named with its second MJ character. */
  static void address(Household h) {
    if (h.mjSpelling != null) {
      h.address = Places.inTown(h.address, h.mjSpelling[1] + "沢町");
    }
  }

  /** The household's 本籍 (when in 函館市) in a town named with its third MJ character. */
  static String honseki(Household h, String honseki) {
    return h.mjSpelling == null ? honseki : Places.inTown(honseki, h.mjSpelling[2] + "川町");
  }

  private static String written(int i, boolean asGaiji) {
    List<MjCharacter> all = MjCharacters.all();
    MjCharacter c = all.get(i % all.size());
    return asGaiji || c.unicode() == null ? c.pua() : c.unicode();
  }
}

package org.kofu.demodata.generate;

import java.util.List;

/**
 * The surnames the generator writes with characters outside JIS X 0208, exactly as spelled here;
 * fonts built for rendering must draw every one of them. Those with a variation selector are
 * Ideographic Variation Sequences (base character + U+E0102 or U+E0108).
 */
public final class SpecialCharacterNames {

  /** 髙 (はしご高), in IPAex明朝. */
  public static final String TAKAHASHI = "髙橋";

  /** 﨑 (たつさき), in IPAex明朝. */
  public static final String YAMASAKI = "山﨑";

  /** 𠮷 (つちよし, U+20BB7, a surrogate pair), not in IPAex明朝. */
  public static final String YOSHIDA = "\uD842\uDFB7田";

  /** 德, in IPAex明朝. */
  public static final String TOKUNAGA = "德永";

  /** 濵, in IPAex明朝. */
  public static final String HAMADA = "濵田";

  /** 彅, in IPAex明朝. */
  public static final String KUSANAGI = "草彅";

  /** 葛 + VS U+E0102. */
  public static final String KASAI_IVS = "葛\uDB40\uDD02西";

  /** 辻 + VS U+E0102. */
  public static final String TSUJIMOTO_IVS = "辻\uDB40\uDD02本";

  /** 齋 + VS U+E0102. */
  public static final String SAITO_IVS = "齋\uDB40\uDD02藤";

  /** 邊 + VS U+E0108. */
  public static final String WATANABE_IVS = "渡邊\uDB40\uDD08";

  /** Every special spelling. */
  public static final List<String> ALL =
      List.of(
          TAKAHASHI,
          YAMASAKI,
          YOSHIDA,
          TOKUNAGA,
          HAMADA,
          KUSANAGI,
          KASAI_IVS,
          TSUJIMOTO_IVS,
          SAITO_IVS,
          WATANABE_IVS);

  /** The readings of {@link #ALL}, in the same order. */
  static final List<String> KANA =
      List.of("タカハシ", "ヤマサキ", "ヨシダ", "トクナガ", "ハマダ", "クサナギ", "カサイ", "ツジモト", "サイトウ", "ワタナベ");

  private SpecialCharacterNames() {}
}

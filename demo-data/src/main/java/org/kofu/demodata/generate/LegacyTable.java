package org.kofu.demodata.generate;

import java.util.List;

/**
 * The existing systems' tables the generator fills, with the columns it writes in row order ({@code
 * version} and {@code updated_at} are left to their defaults). {@link #phase()} orders the loading
 * so that every foreign key points at rows already written.
 */
public enum LegacyTable {
  MADOGUCHI_GAIJI("madoguchi.gaiji", 0, "pua", "mj_code", "ucs"),
  KOSEKI_GAIJI("koseki.gaiji", 0, "pua", "mj_code", "ucs"),
  SETAI("madoguchi.setai", 0, "setai_no", "setainushi_atena_no"),
  KOSEKI("koseki.koseki", 0, "koseki_id", "honseki", "hittosha", "hensei_date", "status"),
  JUMIN(
      "madoguchi.jumin",
      1,
      "atena_no",
      "juminhyo_code",
      "kojin_bango",
      "setai_no",
      "shimei",
      "shimei_kana",
      "kyushi",
      "tsusho",
      "birth_date",
      "sex",
      "zokugara",
      "jumin_date",
      "address",
      "katagaki",
      "jutei_date",
      "todoke_date",
      "prev_address",
      "honseki",
      "hittosha",
      "kokuseki",
      "zairyu_shikaku",
      "zairyu_kikan",
      "zairyu_manryo_date",
      "status",
      "status_date",
      "tenshutsu_yotei_date"),
  KOJIN(
      "koseki.kojin",
      1,
      "koseki_id",
      "kojin_no",
      "atena_no",
      "shimei",
      "birth_date",
      "sex",
      "father",
      "mother",
      "zokugara",
      "joseki"),
  JIKO("koseki.jiko", 1, "koseki_id", "kojin_no", "seq", "jiko_kind", "jiko_date", "detail"),
  FUHYO("koseki.fuhyo", 1, "koseki_id", "kojin_no", "seq", "address", "jutei_date"),
  INKAN("madoguchi.inkan", 2, "inkan_no", "atena_no", "toroku_date", "status", "inei_png"),
  SHOTOKU_KAZEI(
      "madoguchi.shotoku_kazei",
      2,
      "atena_no",
      "nendo",
      "kyuyo_shunyu",
      "kyuyo_shotoku",
      "nenkin_shotoku",
      "sonota_shotoku",
      "goukei_shotoku",
      "shotoku_kojo",
      "kazei_shotoku",
      "shiminzei",
      "dominzei",
      "fuyo_count"),
  KOFU_SEIGEN(
      "madoguchi.kofu_seigen",
      2,
      "seigen_id",
      "atena_no",
      "cert_type",
      "reason",
      "valid_from",
      "valid_to");

  private final String qualifiedName;
  private final int phase;
  private final List<String> columns;

  LegacyTable(String qualifiedName, int phase, String... columns) {
    this.qualifiedName = qualifiedName;
    this.phase = phase;
    this.columns = List.of(columns);
  }

  /** {@code schema.table}. */
  public String qualifiedName() {
    return qualifiedName;
  }

  /** Load order: tables of phase n only reference tables of lower phases. */
  public int phase() {
    return phase;
  }

  public List<String> columns() {
    return columns;
  }
}

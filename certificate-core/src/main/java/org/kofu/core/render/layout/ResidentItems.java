package org.kofu.core.render.layout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kofu.core.certificate.CertificateOptions;
import org.kofu.core.legacy.madoguchi.ResidentRow;
import org.kofu.wareki.Wareki;

/**
 * The items of one person on a 住民票, in the order of 住民基本台帳法 第7条 as the standard-compliant forms
 * print them (docs/certificate-forms.md): 氏名 (旧氏, 通称), フリガナ, 生年月日, 性別, 続柄, 住民となった年月日, 住所 (only
 * where the form shows it per person), 住所を定めた年月日, 届出日, 転入前住所, 本籍, 筆頭者 or the foreign resident's
 * items, 個人番号. Absent values are left out.
 */
final class ResidentItems {

  /**
   * One item.
   *
   * @param wide whether it takes a whole line of a compact form (an address)
   */
  record Item(String label, String value, String source, boolean wide) {}

  private final List<Item> items = new ArrayList<>();

  private ResidentItems() {}

  /**
   * @param ownAddress the person's 住所 (with 方書) to show among their items, already passed through
   *     the rows' coverage ({@link Address#printed}), or null
   */
  static List<Item> of(
      ResidentRow p, CertificateOptions options, boolean showMyNumber, String ownAddress) {
    ResidentItems i = new ResidentItems();
    i.add("氏名", p.shimei(), p, "shimei", false);
    i.add("旧氏", p.kyushi(), p, "kyushi", false);
    i.add("通称", p.tsusho(), p, "tsusho", false);
    i.add("フリガナ", p.shimeiKana(), p, "shimei_kana", false);
    i.date("生年月日", p.birthDate(), p, "birth_date");
    i.add("性別", Sex.label(p.sex()), p, "sex", false);
    if (options.householder()) {
      i.add("続柄", p.zokugara(), p, "zokugara", false);
    }
    i.date("住民となった年月日", p.juminDate(), p, "jumin_date");
    if (ownAddress != null && !ownAddress.isEmpty()) {
      i.items.add(new Item("住所", ownAddress, Rows.PREPARED, true));
    }
    i.date("住所を定めた年月日", p.juteiDate(), p, "jutei_date");
    i.date("届出日", p.todokeDate(), p, "todoke_date");
    i.add("転入前住所", p.prevAddress(), p, "prev_address", true);
    if (options.honseki() && !p.isForeigner()) {
      i.add("本籍", p.honseki(), p, "honseki", true);
      i.add("筆頭者", p.hittosha(), p, "hittosha", false);
    }
    if (p.isForeigner()) {
      ResidentRow.Foreigner f = p.foreigner();
      i.add("国籍・地域", f.kokuseki(), p, "kokuseki", false);
      i.add("在留資格", f.zairyuShikaku(), p, "zairyu_shikaku", false);
      i.add("在留期間", f.zairyuKikan(), p, "zairyu_kikan", false);
      i.date("在留期間の満了の日", f.zairyuManryoDate(), p, "zairyu_manryo_date");
    }
    if (showMyNumber) {
      i.add("個人番号", p.kojinBango(), p, "kojin_bango", false);
    }
    return List.copyOf(i.items);
  }

  private void add(String label, String value, ResidentRow p, String column, boolean wide) {
    if (value != null && !value.isEmpty()) {
      items.add(new Item(label, value, ResidentLayout.key(p, column), wide));
    }
  }

  private void date(String label, LocalDate date, ResidentRow p, String column) {
    if (date != null) {
      add(label, Wareki.format(date), p, column, false);
    }
  }
}

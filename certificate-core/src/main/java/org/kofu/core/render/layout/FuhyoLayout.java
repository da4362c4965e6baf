package org.kofu.core.render.layout;

import java.util.List;
import org.kofu.core.certificate.CertificateContent.Fuhyo;
import org.kofu.core.legacy.koseki.AddressHistoryRow;
import org.kofu.core.legacy.koseki.RegisterMemberRow;

/** 戸籍の附票の写し: 本籍 and 筆頭者, then each person in scope with their addresses, oldest first. */
final class FuhyoLayout {

  private FuhyoLayout() {}

  static void write(Fuhyo content, Rows rows) {
    RegisterLayout.header(content.register(), rows);
    int n = 0;
    for (RegisterMemberRow m : content.members()) {
      rows.heading("（" + ++n + "）");
      String key = RegisterMemberRow.TABLE + ":" + m.rowKey();
      rows.field("氏名", m.shimei(), key + " shimei");
      rows.date("生年月日", m.birthDate(), key + " birth_date");
      for (AddressHistoryRow a : content.addresses().getOrDefault(m.kojinNo(), List.of())) {
        String at = AddressHistoryRow.TABLE + ":" + a.rowKey();
        rows.field("住所", a.address(), at + " address");
        rows.date("住所を定めた年月日", a.juteiDate(), at + " jutei_date");
      }
    }
  }
}

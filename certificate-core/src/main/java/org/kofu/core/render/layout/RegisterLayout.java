package org.kofu.core.render.layout;

import java.util.List;
import org.kofu.core.certificate.CertificateContent.Register;
import org.kofu.core.legacy.koseki.RegisterEntryRow;
import org.kofu.core.legacy.koseki.RegisterMemberRow;
import org.kofu.core.legacy.koseki.RegisterRow;

/** 戸籍全部・個人事項証明書: header, 戸籍事項, then each person in scope with their 身分事項. */
final class RegisterLayout {

  private RegisterLayout() {}

  static void write(Register content, Rows rows) {
    header(content.register(), rows);
    rows.heading("戸籍事項");
    entries(content.registerEntries(), rows);
    for (RegisterMemberRow m : content.members()) {
      rows.heading(m.joseki() ? "戸籍に記録されている者　　　　除籍" : "戸籍に記録されている者");
      String key = RegisterMemberRow.TABLE + ":" + m.rowKey();
      rows.field("【名】", m.shimei(), key + " shimei");
      rows.date("【生年月日】", m.birthDate(), key + " birth_date");
      rows.field("【父】", m.father(), key + " father");
      rows.field("【母】", m.mother(), key + " mother");
      rows.field("【続柄】", m.zokugara(), key + " zokugara");
      List<RegisterEntryRow> own = content.personEntries().getOrDefault(m.kojinNo(), List.of());
      if (!own.isEmpty()) {
        rows.heading("身分事項");
        entries(own, rows);
      }
    }
  }

  static void header(RegisterRow register, Rows rows) {
    String key = RegisterRow.TABLE + ":" + register.kosekiId();
    rows.field("本籍", register.honseki(), key + " honseki");
    rows.field("氏名", register.hittosha(), key + " hittosha");
  }

  private static void entries(List<RegisterEntryRow> entries, Rows rows) {
    for (RegisterEntryRow e : entries) {
      rows.field(
          e.jikoKind(),
          String.join("\n", e.detailLines()),
          RegisterEntryRow.TABLE + ":" + e.rowKey() + " detail");
    }
  }
}

package org.kofu.core.legacy.koseki;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of {@code koseki.jiko}: a 戸籍事項 ({@code kojinNo} null) or a person's 身分事項, whose {@code
 * detail} holds 【項目】値 lines.
 */
public record RegisterEntryRow(
    long kosekiId,
    Integer kojinNo,
    int seq,
    String jikoKind,
    LocalDate jikoDate,
    String detail,
    long version) {

  public static final String TABLE = "koseki.jiko";

  public String rowKey() {
    return kosekiId + "/" + seq;
  }

  public List<String> detailLines() {
    return detail.lines().filter(l -> !l.isBlank()).toList();
  }

  @Override
  public String toString() {
    return "RegisterEntryRow[kosekiId=" + kosekiId + ", seq=" + seq + "]";
  }
}

package org.kofu.projectdb.coverage;

/**
 * One character of one printed field that prints only through a gaiji row ({@code GAIJI}) or not at
 * all ({@code UNPRINTABLE}). Keys and code points only, never the field's text.
 *
 * @param system {@code madoguchi} or {@code koseki}
 * @param table the record's table, e.g. {@code jumin}, {@code kojin}
 * @param recordKey the record's key in its table as certificate-core's rows give it (and a refusal
 *     names it, {@code koseki.kojin:45/2 father}), e.g. {@code 123}, {@code 45/2}, {@code 45/7}
 * @param personKey the PersonRef key of the person the record belongs to, or null (a register's own
 *     fields, a register entry of no one person)
 * @param registerId the 戸籍 of a koseki record, or null
 * @param atenaNo the resident the record names, or null
 * @param field the column, e.g. {@code shimei}
 * @param codePoints as stored, e.g. {@code U+E001}
 * @param mjName the MJ文字図形名 of its gaiji row, or null
 * @param printedAs what the gaiji row maps it to, as code points, or null
 * @param reason why it cannot print ({@code NO_GAIJI_ROW}, {@code NOT_IN_IPAMJ}), null for GAIJI
 */
public record CoverageFinding(
    String system,
    String table,
    String recordKey,
    String personKey,
    Long registerId,
    Long atenaNo,
    String field,
    String kind,
    String codePoints,
    String mjName,
    String printedAs,
    String reason) {

  public static final String GAIJI = "GAIJI";
  public static final String UNPRINTABLE = "UNPRINTABLE";
}

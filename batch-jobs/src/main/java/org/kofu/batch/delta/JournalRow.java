package org.kofu.batch.delta;

import java.time.Instant;

/**
 * One change journal row: {@code table} the changed table's name, {@code owner} the 宛名番号
 * (madoguchi) or null, {@code group} the 世帯番号 (madoguchi) or the koseki_id (koseki), {@code member}
 * the kojin_no of a koseki row that has one, else null.
 */
record JournalRow(
    long seq, Instant changedAt, String table, Long owner, Long group, Integer member) {}

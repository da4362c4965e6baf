package org.kofu.batch.delta;

import java.time.Instant;

/**
 * One change journal row: {@code owner} is the 宛名番号 (madoguchi) or null, {@code group} the 世帯番号
 * (madoguchi) or the koseki_id (koseki).
 */
record JournalRow(long seq, Instant changedAt, Long owner, Long group) {}

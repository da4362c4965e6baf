/**
 * {@code deltaPregeneration}: the change journals of both existing systems since the low watermark,
 * without missing a change committed late with a lower seq (see {@link
 * org.kofu.batch.delta.Watermarks}), turned into re-rendered or evicted persons.
 */
package org.kofu.batch.delta;

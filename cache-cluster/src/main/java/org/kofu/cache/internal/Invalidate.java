package org.kofu.cache.internal;

import com.hazelcast.map.EntryProcessor;
import java.util.Map;

/**
 * Raises a person's watermark, drops the bodies it refuses and, if {@code subjectKey} is not empty,
 * that subject's body whatever its data. The watermark is kept (as a tombstone when no body is
 * left) so that late writes of refused data are refused too. Returns how many bodies were dropped.
 */
public record Invalidate(String subjectKey, Watermark raise, Lifetimes lifetimes)
    implements EntryProcessor<String, PersonRecord, Integer> {

  @Override
  public Integer process(Map.Entry<String, PersonRecord> entry) {
    PersonRecord current = entry.getValue() == null ? PersonRecord.EMPTY : entry.getValue();
    PersonRecord next = current.raise(raise);
    if (!subjectKey.isEmpty()) {
      next = next.without(subjectKey);
    }
    lifetimes.store(entry, next);
    return current.bodies().size() - next.bodies().size();
  }
}

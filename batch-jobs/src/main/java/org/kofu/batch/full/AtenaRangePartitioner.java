package org.kofu.batch.full;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.partition.support.Partitioner;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Splits {@code [min(atena_no), max(atena_no)]} of {@code madoguchi.jumin} into contiguous ranges
 * of equal width; each partition's context holds {@code minId} and {@code maxId} (inclusive). On a
 * restart Spring Batch reuses the stored partitions, so the ranges do not move with new rows.
 */
final class AtenaRangePartitioner implements Partitioner {

  static final String MIN_ID = "minId";
  static final String MAX_ID = "maxId";

  private final JdbcClient madoguchi;

  AtenaRangePartitioner(JdbcClient madoguchi) {
    this.madoguchi = madoguchi;
  }

  @Override
  public Map<String, ExecutionContext> partition(int gridSize) {
    Map<String, Object> bounds =
        madoguchi
            .sql("SELECT MIN(atena_no) AS lo, MAX(atena_no) AS hi FROM madoguchi.jumin")
            .query()
            .singleRow();
    Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
    if (bounds.get("lo") == null) {
      return partitions;
    }
    long lo = ((Number) bounds.get("lo")).longValue();
    long hi = ((Number) bounds.get("hi")).longValue();
    long width = Math.max(1, (hi - lo + gridSize) / gridSize);
    int index = 0;
    for (long start = lo; start <= hi; start += width) {
      ExecutionContext context = new ExecutionContext();
      context.putLong(MIN_ID, start);
      context.putLong(MAX_ID, Math.min(hi, start + width - 1));
      partitions.put("range" + index++, context);
    }
    return partitions;
  }
}

package org.kofu.batch.full;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kofu.batch.progress.JobProgress;
import org.springframework.batch.core.partition.support.Partitioner;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Splits {@code [min(atena_no), max(atena_no)]} of {@code madoguchi.jumin} into contiguous ranges
 * of equal width; each partition's context holds {@code minId} and {@code maxId} (inclusive) and,
 * under {@link JobProgress#ITEMS_TOTAL}, how many persons the range's reader will read (counted
 * with the reader's predicate in one grouped query when the ranges are made). On a restart Spring
 * Batch reuses the stored partitions with their contexts, so neither the ranges nor their totals
 * move with new rows.
 */
final class AtenaRangePartitioner implements Partitioner {

  static final String MIN_ID = "minId";
  static final String MAX_ID = "maxId";

  /** The partition reader's predicate besides the range (rangeReader's where clause). */
  static final String ELIGIBLE = "status = 'ACTIVE'";

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
    Map<Long, Long> counts = countsByRange(lo, hi, width);
    int index = 0;
    for (long start = lo; start <= hi; start += width) {
      ExecutionContext context = new ExecutionContext();
      context.putLong(MIN_ID, start);
      context.putLong(MAX_ID, Math.min(hi, start + width - 1));
      context.putLong(JobProgress.ITEMS_TOTAL, counts.getOrDefault((long) index, 0L));
      partitions.put("range" + index++, context);
    }
    return partitions;
  }

  /**
   * Persons the readers will read per range index {@code (atena_no - lo) / width}: one grouped
   * count, portable (FLOOR of the quotient, since Oracle's division is not an integer one; the
   * index grouped by its alias in a derived table, since PostgreSQL takes two bound parameters for
   * two expressions).
   */
  private Map<Long, Long> countsByRange(long lo, long hi, long width) {
    Map<Long, Long> counts = new HashMap<>();
    madoguchi
        .sql(
            "SELECT r.range_index, COUNT(*) AS persons FROM"
                + " (SELECT FLOOR((atena_no - :lo) / :width) AS range_index FROM madoguchi.jumin"
                + " WHERE "
                + ELIGIBLE
                + " AND atena_no BETWEEN :lo AND :hi) r"
                + " GROUP BY r.range_index")
        .param("lo", lo)
        .param("hi", hi)
        .param("width", width)
        .query(
            rs -> {
              counts.put(rs.getLong(1), rs.getLong(2));
            });
    return counts;
  }
}

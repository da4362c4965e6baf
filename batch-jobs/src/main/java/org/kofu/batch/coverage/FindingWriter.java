package org.kofu.batch.coverage;

import java.util.ArrayList;
import java.util.List;
import org.kofu.projectdb.coverage.CoverageFinding;
import org.kofu.projectdb.coverage.CoverageResults;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;

/** Writes a chunk's findings under the scan, in the chunk's transaction. */
final class FindingWriter implements ItemWriter<List<CoverageFinding>> {

  private final CoverageResults results;
  private final long scanId;

  FindingWriter(CoverageResults results, long scanId) {
    this.results = results;
    this.scanId = scanId;
  }

  @Override
  public void write(Chunk<? extends List<CoverageFinding>> chunk) {
    List<CoverageFinding> all = new ArrayList<>();
    chunk.forEach(all::addAll);
    if (!all.isEmpty()) {
      results.add(scanId, all);
    }
  }
}

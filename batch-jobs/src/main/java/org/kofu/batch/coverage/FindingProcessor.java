package org.kofu.batch.coverage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import org.kofu.core.certificate.assembly.CharacterCoverage;
import org.kofu.core.legacy.gaiji.GaijiRow;
import org.kofu.projectdb.coverage.CoverageFinding;
import org.springframework.batch.item.ItemProcessor;

/**
 * Classifies every printed text of a record with certificate-core's {@link CharacterCoverage}
 * against its own system's gaiji table (read only for a record that holds a 外字); a record that
 * prints as it is is filtered out.
 */
final class FindingProcessor implements ItemProcessor<PrintedRecord, List<CoverageFinding>> {

  private final CharacterCoverage coverage;
  private final Map<String, Function<Collection<Integer>, Map<Integer, GaijiRow>>> gaiji;

  /**
   * @param gaiji per system, the rows of its gaiji table for some characters
   */
  FindingProcessor(
      CharacterCoverage coverage,
      Map<String, Function<Collection<Integer>, Map<Integer, GaijiRow>>> gaiji) {
    this.coverage = coverage;
    this.gaiji = gaiji;
  }

  @Override
  public List<CoverageFinding> process(PrintedRecord record) {
    SortedSet<Integer> puas = new TreeSet<>();
    record.fields().values().forEach(text -> puas.addAll(CharacterCoverage.privateUse(text)));
    Map<Integer, GaijiRow> rows =
        puas.isEmpty() ? Map.of() : gaiji.get(record.system()).apply(puas);
    List<CoverageFinding> findings = new ArrayList<>();
    record
        .fields()
        .forEach(
            (field, text) ->
                coverage.of(text, rows).forEach(f -> findings.add(finding(record, field, f))));
    return findings.isEmpty() ? null : findings;
  }

  private static CoverageFinding finding(
      PrintedRecord record, String field, CharacterCoverage.Finding f) {
    return new CoverageFinding(
        record.system(),
        record.table(),
        record.recordKey(),
        record.personKey(),
        record.registerId(),
        record.atenaNo(),
        field,
        f.kind().name(),
        f.codePoints(),
        f.mjName(),
        f.printedAs(),
        f.reason() == null ? null : f.reason().name());
  }
}

package org.kofu.batch.delta;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.kofu.batch.cachewrite.CacheWriter;
import org.kofu.batch.cachewrite.PersonProcessor;
import org.kofu.batch.skip.SkipLogListener;
import org.kofu.core.certificate.assembly.MissingRecordException;
import org.kofu.core.render.font.UndrawableCharacterException;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

/**
 * One delta run: the unseen rows of both journals, the persons they touch (a household change every
 * member, a 戸籍 change every resident in the register), each re-planned and re-rendered or evicted,
 * then the journal positions moved. A failure before the last step leaves the positions where they
 * were: the next run repeats the work, which the cache's idempotent writes allow.
 */
final class DeltaTasklet implements Tasklet {

  private final LegacyChanges changes;
  private final JournalCursor cursor;
  private final PersonProcessor processor;
  private final CacheWriter writer;
  private final SkipLogListener skips;
  private final Clock clock;
  private final Duration horizon;

  DeltaTasklet(
      LegacyChanges changes,
      JournalCursor cursor,
      PersonProcessor processor,
      CacheWriter writer,
      SkipLogListener skips,
      Clock clock,
      Duration horizon) {
    this.changes = changes;
    this.cursor = cursor;
    this.processor = processor;
    this.writer = writer;
    this.skips = skips;
    this.clock = clock;
    this.horizon = horizon;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
    Map<JournalSource, List<JournalRow>> fresh = new EnumMap<>(JournalSource.class);
    Map<JournalSource, NavigableMap<Long, Instant>> seen = new EnumMap<>(JournalSource.class);
    Map<JournalSource, Long> lows = new EnumMap<>(JournalSource.class);
    for (JournalSource source : JournalSource.values()) {
      long low = cursor.lowWatermark(source);
      NavigableMap<Long, Instant> already = cursor.seen(source);
      List<JournalRow> rows = new ArrayList<>();
      for (JournalRow row : changes.above(source, low)) {
        if (!already.containsKey(row.seq())) {
          rows.add(row);
        }
      }
      lows.put(source, low);
      seen.put(source, already);
      fresh.put(source, rows);
      contribution.incrementReadCount();
    }
    Set<Long> persons = touched(fresh);
    for (long atenaNo : persons) {
      try {
        writer.write(processor.process(atenaNo));
        contribution.incrementWriteCount(1);
      } catch (MissingRecordException | UndrawableCharacterException e) {
        skips.onSkipInProcess(atenaNo, e);
        contribution.incrementProcessSkipCount();
      }
    }
    Instant now = clock.instant();
    for (JournalSource source : JournalSource.values()) {
      NavigableMap<Long, Instant> all = seen.get(source);
      fresh.get(source).forEach(r -> all.put(r.seq(), r.changedAt()));
      long newLow = Watermarks.advance(lows.get(source), all, now, horizon);
      cursor.commit(source, fresh.get(source), newLow, now);
    }
    return RepeatStatus.FINISHED;
  }

  private Set<Long> touched(Map<JournalSource, List<JournalRow>> fresh) {
    Set<Long> persons = new TreeSet<>();
    Set<Long> households = new TreeSet<>();
    for (JournalRow row : fresh.get(JournalSource.MADOGUCHI)) {
      if (row.owner() != null) {
        persons.add(row.owner());
      }
      if (row.group() != null) {
        households.add(row.group());
      }
    }
    persons.addAll(changes.householdMembers(households));
    List<Long> registers =
        fresh.get(JournalSource.KOSEKI).stream()
            .map(JournalRow::group)
            .filter(Objects::nonNull)
            .distinct()
            .toList();
    persons.addAll(changes.registerResidents(registers));
    return persons;
  }
}

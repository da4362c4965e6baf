package org.kofu.batch.delta;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.kofu.batch.cachewrite.CacheWriter;
import org.kofu.batch.cachewrite.PersonProcessor;
import org.kofu.batch.existing.ChangedBodiesPull;
import org.kofu.batch.skip.ForeignSkips;
import org.kofu.batch.skip.SkipLogListener;
import org.kofu.core.certificate.assembly.MissingRecordException;
import org.kofu.core.render.font.UndrawableCharacterException;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.core.task.AsyncTaskExecutor;

/**
 * One delta pass: the unseen rows of both journals, the persons they touch and the variants each
 * row can change ({@link Affected}: a tax row the 所得・課税 only, a household change every member's
 * HOUSEHOLD 住民票, a 戸籍 change every resident's register certificates), each re-planned and
 * re-rendered or invalidated, the touched registers told to {@link RegistersChanged} (本籍地利用登録
 * suspensions), then the journal positions moved. A failure before the last step leaves the
 * positions where they were: the next pass repeats the work, which the cache's idempotent writes
 * allow. Continuous ({@code continuousDelta}): the pass repeats, each in its own transaction, while
 * {@code keepPolling} holds (service hours); {@link #idle()} tells the pause between passes whether
 * the last one found nothing. The persons of a pass are rendered on the delta's rendering threads
 * ({@code deltaRenderExecutor}). The types whose source is the existing system are planned here and
 * their bodies pulled by {@code changedSince} after the journal rows ({@link ChangedBodiesPull}).
 */
final class DeltaTasklet implements Tasklet {

  private final LegacyChanges changes;
  private final JournalCursor cursor;
  private final PersonProcessor processor;
  private final CacheWriter writer;
  private final SkipLogListener skips;
  private final RegistersChanged registers;
  private final Clock clock;
  private final Duration horizon;
  private final BooleanSupplier keepPolling;
  private final AsyncTaskExecutor renderers;
  private final ChangedBodiesPull existing;
  private final ForeignSkips foreignSkips;
  private final AtomicBoolean idle = new AtomicBoolean();

  // the pass's collaborators, each used in one place: a parameter object would only rename them
  @SuppressWarnings("checkstyle:ParameterNumber")
  DeltaTasklet(
      LegacyChanges changes,
      JournalCursor cursor,
      PersonProcessor processor,
      CacheWriter writer,
      SkipLogListener skips,
      RegistersChanged registers,
      Clock clock,
      DeltaProperties properties,
      AsyncTaskExecutor renderers,
      BooleanSupplier keepPolling,
      ChangedBodiesPull existing,
      ForeignSkips foreignSkips) {
    this.changes = changes;
    this.cursor = cursor;
    this.processor = processor;
    this.writer = writer;
    this.skips = skips;
    this.registers = registers;
    this.clock = clock;
    this.horizon = properties.horizon();
    this.keepPolling = keepPolling;
    this.renderers = renderers;
    this.existing = existing;
    this.foreignSkips = foreignSkips;
  }

  boolean idle() {
    return idle.get();
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
    int rows = pass(contribution);
    idle.set(rows == 0);
    return keepPolling.getAsBoolean() ? RepeatStatus.CONTINUABLE : RepeatStatus.FINISHED;
  }

  /** One pass; the number of journal rows it processed. */
  private int pass(StepContribution contribution) {
    Map<JournalSource, List<JournalRow>> fresh = new EnumMap<>(JournalSource.class);
    Map<JournalSource, NavigableMap<Long, Instant>> seen = new EnumMap<>(JournalSource.class);
    Map<JournalSource, Long> lows = new EnumMap<>(JournalSource.class);
    int count = 0;
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
      count += rows.size();
      contribution.incrementReadCount();
    }
    render(touched(fresh), contribution);
    registers.changed(registersOf(fresh.get(JournalSource.KOSEKI)));
    Instant now = clock.instant();
    for (JournalSource source : JournalSource.values()) {
      NavigableMap<Long, Instant> all = seen.get(source);
      fresh.get(source).forEach(r -> all.put(r.seq(), r.changedAt()));
      long newLow = Watermarks.advance(lows.get(source), all, now, horizon);
      if (!fresh.get(source).isEmpty() || newLow != lows.get(source)) {
        cursor.commit(source, fresh.get(source), newLow, now);
      }
    }
    pullExisting(count, contribution);
    return count;
  }

  /** The existing system's changed bodies after journal rows (or a pull left unfinished). */
  private void pullExisting(int journalRows, StepContribution contribution) {
    ChangedBodiesPull.Result pulled = existing.pull(journalRows);
    contribution.incrementWriteCount(pulled.cached());
    foreignSkips.record(contribution.getStepExecution(), pulled.skips());
  }

  /**
   * Re-plans, renders and writes the touched persons on the delta's threads; skips are logged and
   * counted here, on the step's thread, and any other failure fails the pass.
   */
  private void render(Map<Long, Set<Affected>> persons, StepContribution contribution) {
    List<Future<RuntimeException>> outcomes = new ArrayList<>();
    for (Map.Entry<Long, Set<Affected>> person : persons.entrySet()) {
      long atenaNo = person.getKey();
      Set<Affected> affected = person.getValue();
      outcomes.add(
          renderers.submit(
              () -> {
                try {
                  writer.write(
                      processor.process(atenaNo, v -> affected.stream().anyMatch(a -> a.test(v))));
                  return null;
                } catch (MissingRecordException | UndrawableCharacterException e) {
                  return e;
                }
              }));
    }
    List<Long> atenaNos = new ArrayList<>(persons.keySet());
    for (int i = 0; i < outcomes.size(); i++) {
      RuntimeException skipped = outcome(outcomes.get(i));
      if (skipped == null) {
        contribution.incrementWriteCount(1);
      } else {
        skips.onSkipInProcess(atenaNos.get(i), skipped);
        contribution.incrementProcessSkipCount();
      }
    }
  }

  private static RuntimeException outcome(Future<RuntimeException> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("delta pass interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException(e.getCause());
    }
  }

  /** Person → the kinds of variant the fresh rows can have changed for them. */
  private Map<Long, Set<Affected>> touched(Map<JournalSource, List<JournalRow>> fresh) {
    Map<Long, Set<Affected>> persons = new TreeMap<>();
    List<JournalRow> madoguchi = fresh.get(JournalSource.MADOGUCHI);
    Set<Long> households = new TreeSet<>();
    for (JournalRow row : madoguchi) {
      if (row.owner() != null) {
        mark(persons, row.owner(), Affected.forOwner(row.table()));
      }
      if (row.group() != null && Affected.forHousehold(row.table(), false) != null) {
        households.add(row.group());
      }
    }
    if (!households.isEmpty()) {
      Map<Long, List<Long>> members = changes.householdMembers(households);
      Map<Long, Long> heads = changes.householders(households);
      for (JournalRow row : madoguchi) {
        if (row.group() == null) {
          continue;
        }
        boolean head = row.owner() != null && row.owner().equals(heads.get(row.group()));
        Affected forMembers = Affected.forHousehold(row.table(), head);
        if (forMembers != null) {
          members.getOrDefault(row.group(), List.of()).forEach(m -> mark(persons, m, forMembers));
        }
      }
    }
    List<Long> registers =
        fresh.get(JournalSource.KOSEKI).stream()
            .map(JournalRow::group)
            .filter(Objects::nonNull)
            .distinct()
            .toList();
    changes.registerResidents(registers).forEach(p -> mark(persons, p, Affected.REGISTER));
    new RestrictionReach(changes)
        .mark(madoguchi, fresh.get(JournalSource.KOSEKI), (p, a) -> mark(persons, p, a));
    return persons;
  }

  private static Set<Long> registersOf(List<JournalRow> kosekiRows) {
    Set<Long> registers = new TreeSet<>();
    kosekiRows.stream().map(JournalRow::group).filter(Objects::nonNull).forEach(registers::add);
    return registers;
  }

  private static void mark(Map<Long, Set<Affected>> persons, long atenaNo, Affected affected) {
    persons.computeIfAbsent(atenaNo, k -> EnumSet.noneOf(Affected.class)).add(affected);
  }
}
